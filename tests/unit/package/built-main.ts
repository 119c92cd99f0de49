import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..', '..');
export const mainBundle = path.join(root, 'dist', 'electron', 'main.js');
export const preloadBundle = path.join(root, 'dist', 'electron', 'preload.cjs');

function newestChange(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stats.mtimeMs,
  );
}

/** Runs scripts/build-main.mjs into `outDir`; a failed build fails the test with esbuild's words. */
export function buildMain(outDir?: string): void {
  const args = [path.join(root, 'scripts', 'build-main.mjs'), ...(outDir ? [outDir] : [])];
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`The main bundle did not build:\n${result.stderr}`);
}

/**
 * dist/electron/main.js as the sources stand now: built again when missing or older than any
 * file it is made from, so the test never checks a bundle left over from other code.
 */
export function ensureMainBuilt(): void {
  const sources = ['electron', 'shared', 'scripts/build-main.mjs', 'package-lock.json'];
  const newestSource = Math.max(...sources.map((source) => newestChange(path.join(root, source))));
  const built = [mainBundle, preloadBundle];
  const fresh = built.every((file) => existsSync(file) && statSync(file).mtimeMs >= newestSource);
  if (!fresh) buildMain();
}
