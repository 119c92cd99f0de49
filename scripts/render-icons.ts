// `npm run icons`: renders build/icon.svg to the PNGs the installers need, with the Chromium the
// e2e tests already use. Each size is drawn from the vector, not scaled down from the largest, so
// the small ones stay sharp. The PNGs are committed; run this again after changing the SVG.
//   build/icon.png         1024×1024: electron-builder derives the macOS .icns and Windows .ico
//   build/icons/NxN.png    the Linux set (hicolor theme sizes) for the AppImage and the deb
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/harness/chromium';

const root = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(root, 'build');
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const svg = await readFile(path.join(buildDir, 'icon.svg'));
const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({ executablePath: findChromium() });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const render = async (size: number): Promise<Buffer> => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><img alt="" width="${size}" height="${size}" src="${source}"></body></html>`,
    );
    await page.waitForFunction(
      'document.images[0].complete && document.images[0].naturalWidth > 0',
    );
    return page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
  };
  await mkdir(path.join(buildDir, 'icons'), { recursive: true });
  for (const size of linuxSizes) {
    const png = await render(size);
    await writeFile(path.join(buildDir, 'icons', `${size}x${size}.png`), png);
    if (size === 1024) await writeFile(path.join(buildDir, 'icon.png'), png);
  }
  console.log(`Rendered build/icon.png and ${linuxSizes.length} sizes in build/icons/.`);
} finally {
  await browser.close();
}
