import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'date-fns';
import { defaultPaperSize } from '../../shared/print/paper';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import {
  pdfFonts,
  pdfInfo,
  pdfPagePng,
  pdfText,
  tempEntries,
  tempFilesHolding,
} from './support/pdf-tools';
import { makeReadOnly, makeWritable, readOnlyUnsupported } from './support/read-only';
import {
  addPlanContact,
  addPlanItem,
  expectPlanSaved,
  openSafetyPlan,
} from './support/safety-plan-steps';
import { seedJournalWith } from './support/seed-therapy';
import { createJournal, unlock } from './support/vault-steps';

const CREDIT = 'Based on the Safety Planning Intervention by Barbara Stanley and Gregory K. Brown.';
// The sidebar's labels and the screen's controls: none of them belongs on paper.
const CHROME = [
  'Journal',
  'Insights',
  'Goals',
  'Trash',
  'Settings',
  'Lock',
  'Save as PDF',
  'Print…',
];

const paperOf = (app: Page) =>
  app.evaluate(() => navigator.language).then((locale) => defaultPaperSize(locale));
const pageSizeWords = { A4: '(A4)', Letter: '(letter)' } as const;

test('the safety plan saved as PDF holds the plan alone, tagged, in the bundled face, where the person chose', async ({
  app,
  saveDialog,
}, testInfo) => {
  await createJournal(app);
  await openSafetyPlan(app);
  await addPlanItem(app, 'warning sign', 'Quillfeather evenings alone');
  await addPlanItem(app, 'coping step', 'Marigoldwalk by the river');
  await addPlanContact(app, 'professional or service', 1, {
    name: 'Dr. Okafor',
    phone: '020 7946 0000',
    note: 'Mon–Thu, 9–5',
  });
  await app.getByRole('textbox', { name: 'The one thing most important to me' }).fill('Zephyrine');
  await expectPlanSaved(app);

  const folder = testInfo.outputPath('saved');
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, 'my plan.pdf');
  await saveDialog.answer(file);
  const tempBefore = await tempEntries();

  await app.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Saved “my plan.pdf”.' })).toBeVisible();
  expect(await saveDialog.asked()).toEqual([
    `Between Sessions safety plan ${format(new Date(), 'yyyy-MM-dd')}.pdf`,
  ]);
  expect(await readdir(folder)).toEqual(['my plan.pdf']);

  const text = pdfText(file);
  for (const words of ['Safety plan', CREDIT, 'Quillfeather evenings alone', 'Marigoldwalk']) {
    expect(text).toContain(words);
  }
  for (const words of ['Dr. Okafor', '020 7946 0000', 'Mon–Thu, 9–5', 'Zephyrine']) {
    expect(text).toContain(words);
  }
  for (const words of [...CHROME, 'What a safety plan is', 'Saved']) {
    expect(text, `“${words}” is the app's, not the plan's`).not.toContain(words);
  }
  const info = pdfInfo(file);
  expect(info.Tagged).toBe('yes');
  expect(info.Pages).toBe('1');
  expect(info['Page size']).toContain(pageSizeWords[await paperOf(app)]);
  expect(text).toMatch(/Safety plan, .+\s+Page 1 of 1/);

  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.embedded, `${font.name} is embedded`).toBe(true);
    expect(font.name, 'only the bundled face').toMatch(/\+SourceSans3/);
  }

  expect(await tempFilesHolding(tempBefore, ['Quillfeather', 'Zephyrine'])).toEqual([]);
  pdfPagePng(file, 1, '/tmp/pdf-safety-plan');
  await app.screenshot({ path: '/tmp/pdf-safety-plan-screen.png', fullPage: true });
});

test.describe(() => {
  test.use({
    prepareDataDir: async ({}, use) =>
      use((dir) =>
        seedJournalWith(dir, (doc) => {
          doc.settings.safetyPlan.copingSteps = Array.from(
            { length: 40 },
            (_, i) => `Step ${i + 1} of the plan, written out at some length so that it wraps`,
          );
        }),
      ),
  });

  test('a long plan runs over pages numbered in the footer', async ({
    app,
    saveDialog,
  }, testInfo) => {
    await unlock(app);
    await openSafetyPlan(app);
    await expect(app.getByRole('textbox', { name: 'Coping step 40' })).toHaveValue(/^Step 40 /);
    const file = testInfo.outputPath('long plan.pdf');
    await saveDialog.answer(file);
    await app.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(
      app.getByRole('status').filter({ hasText: 'Saved “long plan.pdf”.' }),
    ).toBeVisible();

    const pages = Number(pdfInfo(file).Pages);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(file);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Page ${n} of ${pages}`);
    expect(text).toContain('Step 1 ');
    expect(text).toContain('Step 40 ');
    pdfPagePng(file, 2, '/tmp/pdf-long-plan');
  });
});

test('cancelling the save dialog writes nothing and says nothing; Print… asks the system with the paper size', async ({
  app,
  saveDialog,
  printRequests,
}) => {
  await createJournal(app);
  await openSafetyPlan(app);
  await addPlanItem(app, 'warning sign', 'Not sleeping');
  await expectPlanSaved(app);

  await saveDialog.answer(null);
  await app.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect.poll(() => saveDialog.asked()).toHaveLength(1);
  await expect(app.getByRole('button', { name: 'Save as PDF…' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(app.getByText(/Saved “|Could not save/)).toHaveCount(0);

  await app.getByRole('button', { name: 'Print…' }).click();
  await expect.poll(printRequests).toEqual([{ pageSize: await paperOf(app) }]);
});

test('a folder that cannot be written gives a clear message and no file', async ({
  app,
  saveDialog,
}, testInfo) => {
  const folder = testInfo.outputPath('read-only');
  await mkdir(folder, { recursive: true });
  const unsupported = await readOnlyUnsupported(folder);
  test.skip(unsupported !== null, unsupported ?? '');
  await createJournal(app);
  await openSafetyPlan(app);
  await addPlanItem(app, 'warning sign', 'Not sleeping');
  await expectPlanSaved(app);

  await saveDialog.answer(path.join(folder, 'plan.pdf'));
  await makeReadOnly(folder);
  try {
    await app.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(
      app.getByText(
        'Could not save the PDF there: the folder is read-only. Choose another folder.',
      ),
    ).toBeVisible();
    expect(await readdir(folder)).toEqual([]);
  } finally {
    await makeWritable(folder);
  }
  // Another folder works at once: nothing was left half done.
  const elsewhere = testInfo.outputPath('plan.pdf');
  await saveDialog.answer(elsewhere);
  await app.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.getByText('Saved “plan.pdf”.')).toBeVisible();
});
