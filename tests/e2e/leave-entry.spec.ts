import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorBody, newEntry, search, timelineEntry } from './support/entry-steps';
import { goTo } from './support/navigation';
import { createJournal, lock, unlock } from './support/vault-steps';

/*
 * A new entry, written in its body only, left at once by every way out of it. No step waits for
 * "Saved" before leaving: the race between the autosave and leaving is the thing under test.
 * Each ends with a lock and an unlock, and the words must be there.
 */
const words = 'The lighthouse keeper finally wrote back to me';

async function writeInNewEntry(app: Page): Promise<void> {
  await app.getByRole('button', { name: 'New entry' }).click();
  await expect(app.getByLabel('Title', { exact: true })).toBeFocused();
  await editorBody(app).click();
  await app.keyboard.type(words, { delay: 0 });
}

async function expectWordsKept(app: Page): Promise<void> {
  await search(app, 'lighthouse');
  await expect(app.getByRole('status').filter({ hasText: '1 entry found' })).toBeVisible();
  await timelineEntry(app, /Untitled/).click();
  await expect(editorBody(app)).toHaveText(words);
}

const ways: Array<[string, (app: Page) => Promise<void>]> = [
  ['clicking another entry', (app) => timelineEntry(app, /Anchor/).click()],
  ['Alt+↓ to the next entry', (app) => app.keyboard.press('Alt+ArrowDown')],
  ['the New entry button', (app) => app.getByRole('button', { name: 'New entry' }).click()],
  ['the new-entry shortcut', (app) => app.keyboard.press('Control+N')],
  [
    'searching and opening a result',
    async (app) => {
      await app.keyboard.press('Control+F');
      await app.keyboard.type('Anchor');
      await timelineEntry(app, /Anchor/).click();
    },
  ],
  ['another screen', (app) => goTo(app, 'Settings')],
  ['Back (Alt+←)', (app) => app.keyboard.press('Alt+ArrowLeft')],
];

for (const [way, leave] of ways) {
  test(`a new entry left at once by ${way} keeps its words`, async ({ app }) => {
    await createJournal(app);
    await newEntry(app, 'Anchor');
    await writeInNewEntry(app);
    await leave(app);
    // Only then, once the leaving settled, lock: nothing here waited for "Saved".
    await expect(editorBody(app).filter({ hasText: words })).toHaveCount(0);
    await lock(app);
    await unlock(app);
    await expectWordsKept(app);
  });
}

const locks: Array<[string, (app: Page) => Promise<void>]> = [
  ['the Lock button', (app) => app.getByRole('button', { name: 'Lock', exact: true }).click()],
  ['the lock shortcut', (app) => app.keyboard.press('Control+L')],
];

for (const [way, lockNow] of locks) {
  test(`a new entry locked at once by ${way} keeps its words`, async ({ app }) => {
    await createJournal(app);
    await newEntry(app, 'Anchor');
    await writeInNewEntry(app);
    await lockNow(app);
    await expect(app.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
    await unlock(app);
    await expectWordsKept(app);
  });
}

test('a new entry when the screen locks at once keeps its words', async ({ app, systemLock }) => {
  await createJournal(app);
  await newEntry(app, 'Anchor');
  await writeInNewEntry(app);
  // The main process asks the page to write and lock, as it does for idle and sleep.
  await systemLock('screen-lock');
  await expect(app.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  await unlock(app);
  await expectWordsKept(app);
});

test('a new entry when the app quits at once keeps its words', async ({ app, relaunch }) => {
  await createJournal(app);
  await newEntry(app, 'Anchor');
  await writeInNewEntry(app);
  // Quitting and closing the window take the same path in the main process.
  const reopened = await relaunch();
  await expect(reopened.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  await unlock(reopened);
  await expectWordsKept(reopened);
});

test('a new entry left untouched is not kept as an empty page', async ({ app }) => {
  await createJournal(app);
  await newEntry(app, 'Anchor');
  await app.getByRole('button', { name: 'New entry' }).click();
  await expect(app.getByLabel('Title', { exact: true })).toBeFocused();
  await timelineEntry(app, /Anchor/).click();
  await expect(app.getByRole('status').filter({ hasText: /^1 entry$/ })).toBeVisible();
  await lock(app);
  await unlock(app);
  await expect(app.getByRole('status').filter({ hasText: /^1 entry$/ })).toBeVisible();
  await expect(timelineEntry(app, /Untitled/)).toHaveCount(0);
});
