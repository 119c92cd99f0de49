// Bundles the main process (ESM) and the preload (CommonJS: a sandboxed preload cannot load ES
// modules) with esbuild. Both are plain Node bundles; Vite builds only the renderer.
// `node scripts/build-main.mjs [folder]` writes them to dist/electron/ or to the folder given
// (the package-contents test builds a throw-away copy of the app).
import path from 'node:path';
import { build } from 'esbuild';

const outDir = process.argv[2] ?? 'dist/electron';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outDir, 'main.js'),
    format: 'esm',
    // Bundled CommonJS dependencies may still call require(); give ESM output one.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    format: 'cjs',
  }),
]);
