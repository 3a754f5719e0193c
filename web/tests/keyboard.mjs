// Keyboard checks for the browser test (browser.mjs): every control of a page
// can be reached with Tab, and actions can be done without a mouse.
import assert from 'node:assert/strict';

// What a keyboard user must be able to reach. Radio buttons are left out:
// Tab enters a radio group once and the arrow keys move within it.
const CONTROLS =
  'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]):not([type=radio]), ' +
  'select:not([disabled]), textarea:not([disabled]), summary';

// Presses Tab from the top of the page until every visible control has had
// the focus, and fails naming the controls that never got it.
export async function tabReachesEveryControl(page, label) {
  const total = await page.evaluate((selector) => {
    const visible = [...document.querySelectorAll(selector)].filter((e) => e.getClientRects().length > 0);
    document.querySelectorAll('[data-kb]').forEach((e) => e.removeAttribute('data-kb'));
    visible.forEach((e, i) => e.setAttribute('data-kb', String(i)));
    document.activeElement?.blur();
    window.scrollTo(0, 0);
    return visible.length;
  }, CONTROLS);
  assert.ok(total > 0, `${label}: no controls found`);
  const seen = new Set();
  // Date-time fields take several Tab stops (day, month, year, hour, minute).
  for (let i = 0; i < total * 6 && seen.size < total; i++) {
    await page.keyboard.press('Tab');
    const k = await page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? null);
    if (k !== null) seen.add(k);
  }
  const missing = await page.evaluate(
    (reached) =>
      [...document.querySelectorAll('[data-kb]')]
        .filter((e) => !reached.includes(e.getAttribute('data-kb')))
        .map((e) => e.outerHTML.slice(0, 120)),
    [...seen],
  );
  assert.deepEqual(missing, [], `${label}: every control is reachable with Tab`);
}

// Presses Tab until the focused element's accessible text is `name` (a
// button's or link's text, a field's label); fails after `limit` presses.
export async function tabTo(page, name, limit = 300) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e) return '';
      const label = e.labels?.[0]?.innerText ?? e.getAttribute('aria-label') ?? '';
      return (label || e.innerText || '').trim();
    });
    if (text === name) return;
  }
  assert.fail(`Tab never reached "${name}"`);
}
