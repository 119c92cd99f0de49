import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './built-main';

const buildDir = path.join(root, 'build');

/** Width and height from a PNG's IHDR chunk, which always comes first. */
async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the app icon (npm run icons renders it from build/icon.svg)', () => {
  it('is a square SVG source', async () => {
    const svg = await readFile(path.join(buildDir, 'icon.svg'), 'utf8');
    expect(svg).toMatch(/viewBox="0 0 1024 1024"/);
  });

  it('gives electron-builder a 1024 px icon.png to derive the macOS and Windows icons from', async () => {
    expect(await pngSize(path.join(buildDir, 'icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('gives Linux each size its file name says, from 16 to 1024 px', async () => {
    const files = (await readdir(path.join(buildDir, 'icons'))).sort();
    const sizes = files.map((file) => Number(/^(\d+)x\1\.png$/.exec(file)?.[1]));
    expect(sizes.every((size) => Number.isInteger(size))).toBe(true);
    expect(Math.min(...sizes)).toBe(16);
    expect(Math.max(...sizes)).toBe(1024);
    for (const [index, file] of files.entries()) {
      const size = sizes[index]!;
      expect(await pngSize(path.join(buildDir, 'icons', file)), file).toEqual({
        width: size,
        height: size,
      });
    }
  });
});
