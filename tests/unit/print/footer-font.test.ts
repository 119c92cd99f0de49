import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFooterFont } from '../../../electron/print/footer-font';
import { tempDir } from '../../support/temp-dirs';

async function buildWith(css: Record<string, string>): Promise<string> {
  const root = await tempDir('bs-renderer-');
  await mkdir(join(root, 'assets'));
  for (const [name, text] of Object.entries(css)) await writeFile(join(root, 'assets', name), text);
  return root;
}

describe('the PDF footer font', () => {
  it('is the data URL the page’s own stylesheet loads, byte for byte', async () => {
    const root = await buildWith({
      'index-a1.css':
        '@font-face{font-family:Source Sans 3;font-weight:400;src:url(data:font/woff2;base64,d09GMgABAA==) format("woff2"),url(/assets/x.woff) format("woff")}',
      'other-b2.css': 'body{margin:0}',
    });
    expect(await loadFooterFont(root)).toBe('d09GMgABAA==');
  });

  it('is absent when the build inlines no font, so the footer falls back to a system face', async () => {
    expect(
      await loadFooterFont(await buildWith({ 'index.css': 'body{margin:0}' })),
    ).toBeUndefined();
    expect(await loadFooterFont(join(await tempDir(), 'no-build'))).toBeUndefined();
  });
});
