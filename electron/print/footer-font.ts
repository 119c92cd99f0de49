import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The bundled text face's Latin regular file, as the renderer build names it (Vite adds a hash):
 * the footer of a saved PDF is set in it, like the page (renderer/src/styles/fonts.ts).
 */
const FOOTER_FONT_FILE = /^source-sans-3-latin-400-normal-[\w-]+\.woff2$/;

const loaded = new Map<string, Promise<string | undefined>>();

/**
 * The footer's font from the built renderer in `rendererRoot`, base64-encoded; undefined when the
 * build has none (the footer then falls back to a system face, and the PDF is still written).
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
    const name = (await readdir(assets)).find((file) => FOOTER_FONT_FILE.test(file));
    return name ? (await readFile(path.join(assets, name))).toString('base64') : undefined;
  } catch {
    return undefined;
  }
}
