// Vite build of the web interface (docs/web.md). The output must be CSP-safe
// for `frontline serve` (script-src 'self'; style-src 'self'): one module
// script and one stylesheet as files, no inline code, no data: URLs.
import { defineConfig } from 'vite';

export default defineConfig({
  // JSX compiled by Vite's esbuild for Preact; no Babel plugin needed.
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',        // `make build` passes --outDir BUILD_DIR/web
    target: 'es2020',
    assetsInlineLimit: 0,  // every asset is a file, never a data: URL
    cssCodeSplit: false,   // one stylesheet file
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev` against a `frontline serve` on the default port.
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
});
