import { mkdir, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, onlyIn, test } from './fixtures';
import { PRIVATE_WORDS, SEEDED, seedPrepJournal } from './support/prep-seed';
import { seedJournalWith } from './support/seed-therapy';
import { openSettings, unlock } from './support/vault-steps';

const EXPORT_PASSPHRASE = 'lanterns over the quiet canal at dusk';

test.use({
  prepareDataDir: async ({}, use) => use((dir) => seedJournalWith(dir, seedPrepJournal)),
});

test('exports: encrypted by default, readable formats only after a warning, private left out unless ticked', async ({
  app,
  mode,
  saveDialog,
  answerOpenDialog,
}, testInfo) => {
  onlyIn(
    'browser',
    mode,
    'its last part imports the file, and only the browser harness answers the open dialog',
  );
  const out = testInfo.outputPath('exports');
  await mkdir(out, { recursive: true });
  await unlock(app);
  await openSettings(app);
  const exportSection = app.getByRole('region', { name: 'Export' });
  await expect(exportSection.getByRole('radio', { name: /Encrypted backup file/ })).toBeChecked();

  // Encrypted: the file holds none of the journal's words.
  await saveDialog.answer(path.join(out, 'moving.bsvault'));
  await exportSection
    .getByLabel('Passphrase for the export', { exact: true })
    .fill(EXPORT_PASSPHRASE);
  await exportSection
    .getByLabel('Confirm passphrase for the export', { exact: true })
    .fill(EXPORT_PASSPHRASE);
  await exportSection.getByRole('button', { name: 'Export…' }).click();
  await expect(exportSection.getByRole('status')).toHaveText('Saved “moving.bsvault”.');
  const sealed = await readFile(path.join(out, 'moving.bsvault'));
  for (const word of [PRIVATE_WORDS.title, SEEDED.quote, 'sister']) {
    expect(sealed.includes(Buffer.from(word))).toBe(false);
  }

  // Markdown: not before the warning is acknowledged; private unticked by default.
  await exportSection.getByRole('radio', { name: /Markdown files/ }).check();
  await expect(exportSection.getByText(/not encrypted: anyone who opens it/)).toBeVisible();
  await expect(exportSection.getByRole('checkbox', { name: 'Private' })).not.toBeChecked();
  const button = exportSection.getByRole('button', { name: 'Export…' });
  await expect(button).toBeDisabled();
  await exportSection
    .getByRole('checkbox', { name: 'I understand this file is not encrypted' })
    .check();
  await saveDialog.answer(path.join(out, 'entries.zip'));
  await button.click();
  await expect(exportSection.getByRole('status')).toHaveText('Saved “entries.zip”.');
  const zip = await readFile(path.join(out, 'entries.zip'));
  expect(zip.includes(Buffer.from('.md'))).toBe(true);
  expect(zip.includes(Buffer.from('a-long-talk-with-my-sister.md'))).toBe(true);
  expect(zip.toString('latin1')).not.toContain(PRIVATE_WORDS.title.toLowerCase().split(' ')[0]!);

  // JSON with private ticked holds the private entry.
  await exportSection.getByRole('radio', { name: /JSON/ }).check();
  await exportSection.getByRole('checkbox', { name: 'Private' }).check();
  await saveDialog.answer(path.join(out, 'all.json'));
  await button.click();
  await expect(exportSection.getByRole('status')).toHaveText('Saved “all.json”.');
  expect(await readFile(path.join(out, 'all.json'), 'utf8')).toContain(PRIVATE_WORDS.title);
  expect((await readdir(out)).sort()).toEqual(['all.json', 'entries.zip', 'moving.bsvault']);

  // The encrypted export opens on the Import screen with its own passphrase, not another.
  await openSettings(app);
  await app.getByRole('link', { name: 'Import…' }).click();
  answerOpenDialog(path.join(out, 'moving.bsvault'));
  await app.getByRole('button', { name: 'Choose a file…' }).click();
  const ask = app.getByRole('region', { name: '“moving.bsvault” is an encrypted export' });
  await expect(ask.getByLabel('Export passphrase')).toBeFocused();
  await ask.getByLabel('Export passphrase').fill('not the one it was sealed with');
  await ask.getByRole('button', { name: 'Open the export' }).click();
  await expect(ask.getByRole('alert')).toContainText('does not open this export');
  await ask.getByLabel('Export passphrase').fill(EXPORT_PASSPHRASE);
  await ask.getByRole('button', { name: 'Open the export' }).click();
  const shown = app.getByRole('region', { name: 'What “moving.bsvault” holds' });
  // Everything in it is already in this journal, so all of it would be skipped.
  await expect(shown).toContainText(/already in your journal/);
});
