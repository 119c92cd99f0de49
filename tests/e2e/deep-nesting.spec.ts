import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorBody, expectSaved, timelineEntry } from './support/entry-steps';
import { createJournal, lock, openSettings, unlock } from './support/vault-steps';
import { goTo } from './support/navigation';

const DEEP = [
  { title: 'Nested quotes', body: `${'>'.repeat(1000)} deep down`, shows: 'deep down' },
  {
    title: 'Deep list',
    body: Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
    shows: 'item 499',
  },
  { title: 'Many stars', body: `${'*'.repeat(5_000)}a${'*'.repeat(5_000)}`, shows: '*****a*****' },
];

// A list item's code block whose next line is not indented enough to stay in it: the parser
// reads that line as 1,000 nested quotes, which the nesting bound does not see.
const UNREADABLE = `-   \`\`\`\n  ${'>'.repeat(1000)} still here`;

/** Entries written through window.journal, the real handler loop, with bodies no editor wrote. */
async function seedEntries(app: Page, entries: Array<{ title: string; body: string }>) {
  await app.evaluate(async (list) => {
    for (const { title, body } of list) {
      const result = await window.journal.entries.create({ date: '2024-05-01', title, body });
      if (!result.ok) throw new Error(result.error.code);
    }
  }, entries);
  // A lock reloads the page, which then lists what the main process holds.
  await lock(app);
  await unlock(app);
}

const storedBody = (app: Page, title: string) =>
  app.evaluate(async (wanted) => {
    const list = await window.journal.entries.list({});
    if (!list.ok) throw new Error(list.error.code);
    const row = list.value.items.find((item) => item.title === wanted)!;
    const entry = await window.journal.entries.get({ id: row.id });
    if (!entry.ok) throw new Error(entry.error.code);
    return entry.value.body;
  }, title);

test('entries nested deeper than the editor can parse open with their words, and the app stays usable', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await createJournal(app);
  await seedEntries(app, DEEP);
  for (const { title, shows } of DEEP) {
    await timelineEntry(app, new RegExp(title)).click();
    await expect(app.getByLabel('Title', { exact: true })).toHaveValue(title);
    await expect(editorBody(app)).toContainText(shows);
  }
  await openSettings(app);
  await goTo(app, 'Journal');
  await timelineEntry(app, /Nested quotes/).click();
  await expect(editorBody(app)).toContainText('deep down');
  for (const { title, body } of DEEP) expect(await storedBody(app, title)).toBe(body);
});

test('a body the editor still cannot display is shown as read-only text, unchanged', async ({
  app,
}) => {
  await createJournal(app);
  await seedEntries(app, [
    { title: 'Unreadable', body: UNREADABLE },
    { title: 'Ordinary', body: 'An ordinary day.' },
  ]);
  await timelineEntry(app, /Unreadable/).click();
  const fallback = app.getByRole('textbox', { name: 'Entry text (read-only)' });
  await expect(fallback).toHaveValue(UNREADABLE);
  await expect(fallback).not.toBeEditable();
  await expect(
    app.getByRole('status').filter({ hasText: 'shown here as plain text' }),
  ).toBeVisible();
  await app.screenshot({ path: test.info().outputPath('editor-fallback.png') });

  // The rest of the entry still saves, and saving it leaves the body as it was.
  await app.getByLabel('Title', { exact: true }).fill('Unreadable, renamed');
  await expectSaved(app);
  expect(await storedBody(app, 'Unreadable, renamed')).toBe(UNREADABLE);

  await timelineEntry(app, /Ordinary/).click();
  await expect(editorBody(app)).toHaveText('An ordinary day.');
  await openSettings(app);
  await goTo(app, 'Journal');
  await expect(timelineEntry(app, /Unreadable, renamed/)).toBeVisible();
});
