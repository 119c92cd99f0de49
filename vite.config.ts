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
  },
});
