import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/security-policy';

/** The CSP travels in the page itself too, so it holds wherever the page is loaded from. */
function cspMetaTag(): Plugin {
  return {
    name: 'between-sessions:csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), cspMetaTag()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    sourcemap: true,
    target: 'chrome130',
    // Fonts stay files served from the app's origin, but one: the Latin regular travels inside the
    // stylesheet as a data URL, which a saved PDF's footer then reuses from the page's memory
    // (electron/print/footer-font.ts): Chromium's footer cannot load a font file of its own.
    assetsInlineLimit: (file) =>
      file.endsWith('/source-sans-3-latin-400-normal.woff2')
        ? true
        : /\.woff2?$/.test(file)
          ? false
          : undefined,
  },
});
