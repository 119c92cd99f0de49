import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { format } from 'date-fns';
import { expect, test } from './fixtures';
import { addTag, editorBody, expectSaved, newEntry } from './support/entry-steps';
import { goTo } from './support/navigation';
import { pdfFonts, pdfInfo, pdfText, tempEntries, tempFilesHolding } from './support/pdf-tools';
import { addWholeEntryInsight, pageDay } from './support/therapy-steps';
import { createJournal } from './support/vault-steps';

/*
 * DESIGN.md §1 end to end: words written through the screens into a private entry (title, body,
 * tag, insight note) and into a summary entry's body appear in no preview, no saved PDF and no
 * file a printout left behind, while a full entry's words do.
 */

const PRIVATE = ['Zanzibrook', 'Quokkaline', 'marmotvale', 'Ocelotine'];
const SUMMARY_BODY = 'Pangolwise';
const FORBIDDEN = [...PRIVATE, SUMMARY_BODY];
const SHOWN = {
  summaryTitle: 'Lunch with Sam',
  fullTitle: 'Saying no at work',
  fullBody: 'Narwhalish',
};

async function writeEntry(
  app: Page,
  entry: { title: string; body: string; level: 'private' | 'summary' | 'full'; tag?: string },
) {
  await goTo(app, 'Journal');
  await newEntry(app, entry.title);
  await app.getByLabel('Share level').selectOption(entry.level);
  if (entry.tag) await addTag(app, entry.tag);
  await editorBody(app).click();
  await app.keyboard.type(`${entry.body} and more words around it.`);
  await expectSaved(app);
}

/** Saves the screen's document as a PDF into `folder` and returns the file's path. */
async function savePdf(
  app: Page,
  saveDialog: { answer: (path: string | null) => Promise<void> },
  folder: string,
  name: string,
): Promise<string> {
  const file = path.join(folder, name);
  await saveDialog.answer(file);
  await app.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.getByRole('status').filter({ hasText: `Saved “${name}”.` })).toBeVisible();
  return file;
}

test('a private entry’s words and a summary entry’s body are in no preview, PDF or file; a full entry’s are', async ({
  app,
  saveDialog,
}, testInfo) => {
  test.setTimeout(180_000);
  await createJournal(app);
  await writeEntry(app, {
    title: `${PRIVATE[0]} evening`,
    body: PRIVATE[1]!,
    level: 'private',
    tag: PRIVATE[2],
  });
  await addWholeEntryInsight(app, {
    kind: 'Breakthrough',
    note: `${PRIVATE[3]} realised`,
    bringToSession: true,
  });
  await writeEntry(app, { title: SHOWN.summaryTitle, body: SUMMARY_BODY, level: 'summary' });
  await addWholeEntryInsight(app, { kind: 'Small win', note: 'Asked first', bringToSession: true });
  await writeEntry(app, { title: SHOWN.fullTitle, body: SHOWN.fullBody, level: 'full' });

  const folder = testInfo.outputPath('printouts');
  await mkdir(folder, { recursive: true });
  const tempBefore = await tempEntries();
  const noneOf = (text: string, where: string) => {
    for (const word of FORBIDDEN) expect(text, `${word} in ${where}`).not.toContain(word);
  };

  // The prep note: its preview, the whole page around it, and its PDF.
  await goTo(app, 'Prepare for session');
  await app.getByLabel('Session date').fill(await pageDay(app, 3));
  const note = app.getByRole('article', { name: 'Prep note as it will print' });
  await expect(note).toContainText(SHOWN.fullTitle);
  await expect(note).toContainText(SHOWN.summaryTitle);
  await expect(
    app.getByText('What this shows: 1 entry in full, 1 as a summary, 1 private left out.'),
  ).toBeVisible();
  noneOf(await app.content(), 'the prep screen');
  const prepPdf = await savePdf(app, saveDialog, folder, 'prep.pdf');
  const prepText = pdfText(prepPdf);
  expect(prepText).toContain(SHOWN.fullTitle);
  expect(prepText).toContain('Asked first');
  noneOf(prepText, 'the prep PDF');
  expect(prepText).toMatch(/Page 1 of 1/);
  expect(await saveDialog.asked()).toEqual([
    `Between Sessions session prep ${format(new Date(), 'yyyy-MM-dd')}.pdf`,
  ]);

  // The report: everything, its preview, the page, and its PDF.
  await goTo(app, 'Progress report');
  await app.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 90 days' });
  const preview = app.getByRole('region', { name: 'Preview, as it will print' });
  await expect(preview).toContainText('Last 90 days:');
  await expect(preview).toContainText(SHOWN.summaryTitle);
  await expect(app.getByRole('region', { name: 'What this shows' })).toContainText(
    '1 entry in full, 1 as a summary, 1 private left out',
  );
  noneOf(await app.content(), 'the report screen');
  const reportPdf = await savePdf(app, saveDialog, folder, 'report.pdf');
  const reportText = pdfText(reportPdf);
  noneOf(reportText, 'the report PDF');
  expect(reportText).toContain('Progress report');
  expect(reportText).toContain('Asked first');
  // The footer: the period and the page count, on every page.
  const info = pdfInfo(reportPdf);
  const pages = Number(info.Pages);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(info.Tagged).toBe('yes');
  for (let n = 1; n <= pages; n++) expect(reportText).toContain(`Page ${n} of ${pages}`);
  expect(reportText).toMatch(/Progress report · Last 90 days:/);
  expect(pdfFonts(reportPdf).every((font) => font.embedded)).toBe(true);
  // Nothing from the app's words panel or controls is on paper.
  for (const chrome of [
    'Save as PDF',
    'Leave private entries out of charts too',
    'What this shows',
  ]) {
    expect(reportText).not.toContain(chrome);
  }

  // Files: only the two PDFs where the person chose, none holding a forbidden word in its bytes,
  // and nothing left in the temp folder.
  expect((await readdir(folder)).sort()).toEqual(['prep.pdf', 'report.pdf']);
  for (const file of [prepPdf, reportPdf]) noneOf((await readFile(file)).toString('latin1'), file);
  expect(await tempFilesHolding(tempBefore, FORBIDDEN)).toEqual([]);
});
