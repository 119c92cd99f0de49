import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The one font the renderer build inlines in its stylesheet (vite.config.ts): the bundled face's
 * Latin regular, as a data URL.
 */
const INLINE_FONT = /url\(["']?data:font\/woff2;base64,([A-Za-z0-9+/]+=*)["']?\)/;

const loaded = new Map<string, Promise<string | undefined>>();

/**
 * The font for a saved PDF's footer, base64, taken from the built page's own stylesheet in
 * `rendererRoot`. Chromium renders the footer as a document of its own that loads nothing: a
 * font reaches it only as the very data URL the page has already loaded, so it must be this
 * one, byte for byte. Undefined when the build has none (the footer then uses a system face).
 */
export function loadFooterFont(rendererRoot: string): Promise<string | undefined> {
  let font = loaded.get(rendererRoot);
  if (!font) {
    font = findFooterFont(rendererRoot);
    loaded.set(rendererRoot, font);
  }
  return font;
}

async function findFooterFont(rendererRoot: string): Promise<string | undefined> {
  const assets = path.join(rendererRoot, 'assets');
  try {
    for (const name of await readdir(assets)) {
      if (!name.endsWith('.css')) continue;
      const match = INLINE_FONT.exec(await readFile(path.join(assets, name), 'utf8'));
      if (match) return match[1];
    }
  } catch {
    // No build here: the footer falls back to a system face; the PDF is still written.
  }
  return undefined;
}
