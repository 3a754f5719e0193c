// The built bundle is CSP-safe (docs/web.md): index.html loads only files from
// its own origin, and nothing is inline: no <script> without src, no <style>,
// no style="" or on*="" attributes, no remote URLs in the HTML or the CSS.
// Reads the bundle from $FRONTLINE_WEB_DIST (ctest sets BUILD_DIR/web), else
// web/dist; skips when neither has been built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.env.FRONTLINE_WEB_DIST || join(here, '..', 'dist');
const built = existsSync(join(dist, 'index.html'));

test('index.html has no inline script or style and loads only local files', { skip: !built && `no bundle in ${dist}` }, () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length >= 1, 'the page loads a script');
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc="\/assets\/[^"]+\.js"/, `script without a local src: ${attrs}`);
    assert.equal(body.trim(), '', 'script with inline code');
  }
  assert.doesNotMatch(html, /<style\b/i, 'inline <style>');
  assert.doesNotMatch(html, /\sstyle\s*=/i, 'style attribute');
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'inline event handler');
  assert.doesNotMatch(html, /(src|href)\s*=\s*"(https?:)?\/\//i, 'a file from another origin');
  assert.match(html, /<link rel="stylesheet"[^>]*href="\/assets\/[^"]+\.css"/, 'the stylesheet is a file');
});

test('stylesheets fetch nothing from another origin', { skip: !built && `no bundle in ${dist}` }, () => {
  const css = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.css'));
  assert.equal(css.length, 1, 'one stylesheet');
  const text = readFileSync(join(dist, 'assets', css[0]), 'utf8');
  assert.doesNotMatch(text, /@import/i);
  assert.doesNotMatch(text, /url\(\s*['"]?(https?:)?\/\//i);
});
