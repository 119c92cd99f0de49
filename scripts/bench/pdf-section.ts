import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { defaultPaperSize } from '../../shared/print/paper';
import { openBrowserApp } from '../../tests/e2e/harness/browser-app';
import { findChromium, quietChromiumArgs } from '../../tests/e2e/harness/chromium';
import { median, round } from './measure';
import { BENCH_PASSPHRASE, lockedTherapyJournal } from './therapy-journal';
import type { BenchContext, BenchFigures } from './vault-section';

const ONE_YEAR = { from: '2024-01-01', to: '2024-12-31' };
const renderer = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer', 'index.html');

/**
 * `pdfMs`: the one-year progress report (every section, over the therapy fixture) saved as a PDF
 * through the browser-mode path: Save as PDF… on the screen, `print:savePdf` in the real services,
 * Chromium's print engine (Playwright's page.pdf, as the harness's platform edge), the durable
 * write, until the screen says it is saved. Target < 3 s; `pdfPages` is how long the report is.
 * `pdfRaw` is the print engine alone on the same page with the same options (page.pdf), so the
 * app's own share of the time shows. Needs the built renderer (`npm run bench` builds first).
 */
export async function pdfSection({
  dir,
  makeDocument,
  runs,
  log,
}: BenchContext): Promise<BenchFigures> {
  if (!existsSync(renderer)) throw new Error('dist/renderer is missing: run `npm run build` first');
  const dataDir = join(dir, 'pdf');
  await lockedTherapyJournal(dataDir, makeDocument);

  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: quietChromiumArgs,
  });
  const app = await openBrowserApp(browser, dataDir);
  const { page } = app;
  try {
    await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('link', { name: 'Progress report' }).click({ timeout: 60_000 });
    await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Choose dates' });
    await page.getByLabel('From', { exact: true }).fill(ONE_YEAR.from);
    await page.getByLabel('To', { exact: true }).fill(ONE_YEAR.to);
    const preview = page.getByRole('region', { name: 'Preview, as it will print' });
    await preview.getByText('Jan 1, 2024', { exact: false }).first().waitFor({ timeout: 60_000 });
    await page
      .locator('[aria-busy="true"]')
      .waitFor({ state: 'detached', timeout: 60_000 })
      .catch(() => undefined);

    const out = join(dir, 'pdf-out');
    await mkdir(out, { recursive: true });
    const times: number[] = [];
    let last = '';
    for (let i = 0; i < runs; i++) {
      const name = `report-${i}.pdf`;
      last = join(out, name);
      await app.answerSaveDialog(last);
      const start = performance.now();
      await page.getByRole('button', { name: 'Save as PDF…' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Saved “${name}”.` })
        .waitFor({ timeout: 60_000 });
      times.push(performance.now() - start);
    }
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [last], { encoding: 'utf8' }))?.[1] ?? NaN,
    );

    const format = defaultPaperSize(await page.evaluate(() => navigator.language));
    const raw: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const bytes = await page.pdf({
        format,
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<span class="pageNumber"></span>',
      });
      await writeFile(join(out, `raw-${i}.pdf`), bytes);
      raw.push(performance.now() - start);
    }
    const pdfMs = round(median(times));
    const pdfRaw = round(median(raw));
    log(
      `Progress report PDF, one year, every section (target < 3 s): median ${pdfMs} ms of [${times.map((t) => round(t)).join(', ')}]; ` +
        `${pages} pages; print engine alone (page.pdf) median ${pdfRaw} ms`,
    );
    return { pdfMs, pdfRaw, pdfPages: pages };
  } finally {
    await app.close();
    await browser.close();
  }
}
