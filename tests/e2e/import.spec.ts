import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, onlyIn, test } from './fixtures';
import { editorBody, timelineEntry } from './support/entry-steps';
import { goTo } from './support/navigation';
import { createJournal, lock, openSettings, unlock } from './support/vault-steps';

/*
 * Settings → Import…, in the exact shapes other journals export. Main's open dialog is answered
 * by the browser harness, so these run in browser mode (in Electron the dialog is the system's).
 */

/** Day One's export: 23:30 in Bangkok on 9 March, and 06:15 there on 12 March (the 11th in UTC). */
const dayOneExport = JSON.stringify(
  {
    metadata: { version: '1.0' },
    entries: [
      {
        uuid: '8C1F0E2D3B4A59687766554433221100',
        creationDate: '2024-03-09T16:30:00Z',
        modifiedDate: '2024-03-09T16:45:00Z',
        timeZone: 'Asia/Bangkok',
        text: '# Night market walk\nThe lanterns were out.\n\n![](dayone-moment://5F2A0C1E9B7D4E11A3C2B0D9E8F7A6B5)\n\nI felt calm for once.',
        tags: ['travel'],
        starred: true,
      },
      {
        uuid: '00112233445566778899AABBCCDDEEFF',
        creationDate: '2024-03-11T23:15:00Z',
        modifiedDate: '2024-03-11T23:20:00Z',
        timeZone: 'Asia/Bangkok',
        text: '# Early swim\nCold water, clear head.',
        tags: ['travel', 'exercise'],
        starred: false,
      },
    ],
  },
  null,
  2,
);

const daylioExport = [
  'full_date,date,weekday,time,mood,activities,note_title,note',
  '2024-05-02,"May 2",Thursday,21:10,good,"friends | walk","Dinner with Sam","We talked for hours.<br>Felt heard."',
  '2024-05-01,"May 1",Wednesday,08:05,meh,"work","Slow morning",""',
].join('\n');

async function writeExport(name: string, content: string): Promise<string> {
  const file = test.info().outputPath(name);
  await writeFile(file, content, 'utf8');
  return file;
}

async function openImport(app: Page): Promise<void> {
  await openSettings(app);
  await app.getByRole('link', { name: 'Import…' }).click();
  await expect(app.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
}

const preview = (app: Page) => app.getByRole('region', { name: /^What “.*” holds$/ });

/** A day as the page writes it (the locale's medium date), for a `YYYY-MM-DD`. */
const mediumDay = (app: Page, day: string) =>
  app.evaluate((d) => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(
      new Date(y, m - 1, dd),
    );
  }, day);

async function openEntry(app: Page, title: string): Promise<void> {
  await timelineEntry(app, new RegExp(title)).click();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue(title);
}

test.beforeEach(({ mode }) => {
  onlyIn('browser', mode, 'the browser harness answers main’s open dialog; Electron’s is native');
});

test('a Day One export is previewed, then imported private and tagged, and a second import adds nothing', async ({
  app,
  answerOpenDialog,
}) => {
  await createJournal(app);
  await openImport(app);
  await expect(app.getByRole('button', { name: 'Choose a file…' })).toBeFocused();
  answerOpenDialog(await writeExport('Journal.json', dayOneExport));
  await app.getByRole('button', { name: 'Choose a file…' }).click();

  const shown = preview(app);
  await expect(shown.getByRole('heading', { name: 'What “Journal.json” holds' })).toBeFocused();
  await expect(shown).toContainText('Day One (JSON export)');
  await expect(shown).toContainText('2 entries found.');
  const [from, to] = [await mediumDay(app, '2024-03-09'), await mediumDay(app, '2024-03-12')];
  await expect(shown).toContainText(`${from} to ${to}`);
  await expect(
    shown.getByRole('list', { name: 'Tags in the file' }).getByRole('listitem'),
  ).toHaveText(['#travel (2)', '#exercise (1)', '#starred (1)']);
  await expect(shown.getByRole('list', { name: 'What will not come in' })).toContainText(
    'Photos and other attachments (each is marked "[photo not imported]" in its entry): 1.',
  );
  await expect(shown.getByLabel('Share level of the imported entries')).toHaveValue('private');
  await expect(shown).toContainText('Never appears in a report.');
  await expect(shown.getByLabel('Tag for the imported entries')).toHaveValue('imported');

  // Nothing has changed before the person confirms.
  await goTo(app, 'Journal');
  await expect(app.getByText('Night market walk')).toHaveCount(0);
  await openImport(app);
  answerOpenDialog(await writeExport('Journal.json', dayOneExport));
  await app.getByRole('button', { name: 'Choose a file…' }).click();
  await app.getByRole('button', { name: 'Import 2 entries' }).click();

  await expect(app.getByRole('heading', { name: 'Import finished' })).toBeFocused();
  await expect(
    app.getByText('Imported 2 entries. They are tagged “imported”.', { exact: true }),
  ).toBeVisible();
  await expect(
    app.getByText(/A backup of your journal was made just before the import/),
  ).toBeVisible();
  await app.getByRole('link', { name: 'Open the journal' }).click();

  await openEntry(app, 'Night market walk');
  // 23:30 in Bangkok is that day there, whatever the day where this test runs.
  await expect(app.getByLabel('Date', { exact: true })).toHaveValue('2024-03-09');
  await expect(editorBody(app)).toContainText('[photo not imported]');
  await expect(editorBody(app)).toContainText('I felt calm for once.');
  await expect(app.getByLabel('Share level', { exact: true })).toHaveValue('private');
  for (const tag of ['travel', 'starred', 'imported']) {
    await expect(app.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
  }
  await openEntry(app, 'Early swim');
  // 23:15 UTC on the 11th was 06:15 on the 12th in Bangkok.
  await expect(app.getByLabel('Date', { exact: true })).toHaveValue('2024-03-12');
  await expect(app.getByLabel('Share level', { exact: true })).toHaveValue('private');

  // The same file again: everything is already there, and importing it adds nothing.
  await openImport(app);
  await app.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(preview(app)).toContainText(
    'All 2 look like entries already in your journal: importing them would add nothing.',
  );
  await app.getByRole('button', { name: 'Import 0 entries' }).click();
  await expect(app.getByRole('heading', { name: 'Nothing new to import' })).toBeVisible();
  await expect(
    app.getByText('Nothing was imported: all 2 entries are already in your journal.'),
  ).toBeVisible();
  await goTo(app, 'Journal');
  await expect(app.getByRole('list', { name: 'Entries' }).getByRole('button')).toHaveCount(2);
});

test('a Daylio export comes in with the share level and tag chosen in the preview', async ({
  app,
  answerOpenDialog,
}) => {
  await createJournal(app);
  await openImport(app);
  answerOpenDialog(await writeExport('daylio_export.csv', daylioExport));
  await app.getByRole('button', { name: 'Choose a file…' }).click();
  const shown = preview(app);
  await expect(shown).toContainText('Daylio (CSV export)');
  await expect(shown).toContainText('2 entries found.');
  await expect(
    shown.getByRole('list', { name: 'Tags in the file' }).getByRole('listitem'),
  ).toHaveText(['#friends (1)', '#walk (1)', '#work (1)']);
  await expect(shown.getByRole('heading', { name: 'What will not come in' })).toHaveCount(0);

  await shown.getByLabel('Share level of the imported entries').selectOption('summary');
  await expect(shown).toContainText(
    'Reports show its title, date, mood, tags and insight notes, not its text.',
  );
  const tag = shown.getByLabel('Tag for the imported entries');
  await tag.fill('   ');
  await shown.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(shown.getByRole('alert')).toHaveText(
    'Give the imported entries a tag of 1 to 64 characters.',
  );
  await expect(tag).toHaveAttribute('aria-invalid', 'true');
  await tag.fill('from Daylio');
  await tag.press('Enter');
  await expect(
    app.getByText('Imported 2 entries. They are tagged “from Daylio”.', { exact: true }),
  ).toBeVisible();

  await app.getByRole('link', { name: 'Open the journal' }).click();
  await openEntry(app, 'Dinner with Sam');
  await expect(app.getByLabel('Date', { exact: true })).toHaveValue('2024-05-02');
  await expect(app.getByLabel('Share level', { exact: true })).toHaveValue('summary');
  await expect(app.getByLabel('Mood', { exact: true })).toHaveValue('8');
  for (const name of ['friends', 'walk', 'from Daylio']) {
    await expect(app.getByRole('button', { name: `Remove tag ${name}` })).toBeVisible();
  }
});

test('a malformed file is refused with its reason, the journal unchanged, and another file can be chosen', async ({
  app,
  answerOpenDialog,
}) => {
  await createJournal(app);
  await openImport(app);
  answerOpenDialog(
    await writeExport(
      'Journal.json',
      '{"metadata": {"version": "1.0"}, "entries": [{"uuid": "A1", "creationDate": "2024-0',
    ),
  );
  await app.getByRole('button', { name: 'Choose a file…' }).click();
  const alert = app.getByRole('alert');
  await expect(alert).toBeVisible();
  const message = await alert.innerText();
  expect(message.length).toBeGreaterThan(20);
  // The person's own words for what to do, never a parser's stack or a path.
  expect(message).not.toMatch(/SyntaxError|at position|\/tmp\//);
  await expect(preview(app)).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Choose a file…' })).toBeFocused();

  // A cancelled dialog changes nothing and says nothing: the message stays as it was.
  answerOpenDialog(undefined);
  await app.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(app.getByRole('button', { name: 'Choose a folder…' })).toBeEnabled();
  await expect(alert).toHaveText(message);

  answerOpenDialog(await writeExport('daylio_export.csv', daylioExport));
  await app.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(preview(app)).toContainText('Daylio (CSV export)');
  await expect(app.getByRole('alert')).toHaveCount(0);

  await goTo(app, 'Journal');
  await expect(app.getByRole('list', { name: 'Entries' }).getByRole('button')).toHaveCount(0);
});

test('a preview that main forgot asks for the file again; a lock closes the preview', async ({
  app,
  answerOpenDialog,
}) => {
  await createJournal(app);
  await openImport(app);
  answerOpenDialog(await writeExport('Journal.json', dayOneExport));
  await app.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(preview(app)).toContainText('2 entries found.');

  // A cancelled dialog leaves the open preview as it was.
  answerOpenDialog(undefined);
  await app.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(app.getByRole('button', { name: 'Choose a file…' })).toBeEnabled();
  await expect(preview(app)).toContainText('2 entries found.');
  await expect(app.getByRole('alert')).toHaveCount(0);

  // Another file read behind this screen's back: main holds only the newest preview.
  answerOpenDialog(await writeExport('daylio_export.csv', daylioExport));
  await app.evaluate(async () => {
    const chosen = await window.journal.import.choose({ folder: false });
    if (!chosen.ok || !chosen.value) throw new Error('no file chosen');
    await window.journal.import.preview({ choice: chosen.value.choice });
  });
  await app.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(app.getByRole('alert')).toContainText('Choose the file again.');
  await expect(preview(app)).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Choose a file…' })).toBeFocused();

  answerOpenDialog(await writeExport('Journal.json', dayOneExport));
  await app.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(preview(app)).toContainText('2 entries found.');
  await lock(app);
  await unlock(app);
  await openImport(app);
  await expect(preview(app)).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Choose a file…' })).toBeEnabled();
  await goTo(app, 'Journal');
  await expect(app.getByRole('list', { name: 'Entries' }).getByRole('button')).toHaveCount(0);
});

test('the app menu’s Import… opens the import screen from anywhere', async ({ app }) => {
  await createJournal(app);
  // What main sends when the person picks File → Import… (electron/menu.ts).
  await app.evaluate(() => {
    const page = window as unknown as { __bsEmit: (event: string, payload: unknown) => void };
    page.__bsEmit('app:command', { id: 'journal.import' });
  });
  await expect(app.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Choose a file…' })).toBeFocused();
});
