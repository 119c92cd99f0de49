// `npm start`: launches the built app. Electron ≥ 42 fetches its binary on first launch rather
// than at install, so the first start may download it; where that download cannot happen, say so
// plainly and point to the browser-mode tests instead of failing with a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findElectronBinary } from './electron-binary';

const root = path.resolve(import.meta.dirname, '..');

function fetchElectron(): string | null {
  const require = createRequire(import.meta.url);
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  console.log('Fetching the Electron binary (first launch only)…');
  const result = spawnSync(process.execPath, [installer], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  const firstError = (result.stderr ?? '').split('\n').find((line) => /error/i.test(line));
  if (result.status !== 0 && firstError) console.error(`The download failed: ${firstError.trim()}`);
  return findElectronBinary();
}

const binary = findElectronBinary() ?? fetchElectron();
if (!binary) {
  console.error(
    [
      '',
      'Between Sessions could not start: the Electron binary is not on this machine and could not',
      'be downloaded (Electron fetches it on first launch, and its download host is unreachable',
      'from here). Nothing was changed and no journal was touched. Everything else still works:',
      'the app is built in dist/, and `npm run test:e2e` runs the same end-to-end specs in browser',
      'mode (Chromium from CHROMIUM_PATH or /usr/bin/chromium, with the real main-process handlers',
      'bridged in). To run the app itself, use a machine that can reach the Electron download host,',
      'or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 build.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, [path.join(root, 'dist', 'electron', 'main.js')], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
