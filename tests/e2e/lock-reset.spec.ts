import type { Page } from '@playwright/test';
import { expect, onlyIn, test } from './fixtures';
import { editorBody, expectSaved, newEntry, timelineEntry } from './support/entry-steps';
import {
  createJournal,
  expectClearedAfterLock,
  lock,
  markRealm,
  openSettings,
  unlock,
} from './support/vault-steps';

const words = ['Lantern harbour 4c1e', 'driftwood confession 88b0'];

/** An unlocked journal showing an entry, and a mark on the page's JavaScript realm. */
async function journalOnScreen(app: Page): Promise<void> {
  await createJournal(app);
  await newEntry(app, words[0]!);
  await editorBody(app).click();
  await app.keyboard.type(words[1]!);
  await expectSaved(app);
  await expect(editorBody(app)).toContainText(words[1]!);
  await markRealm(app);
}

const expectCleared = (app: Page) => expectClearedAfterLock(app, words);

test('a page that never hears the lock is still cleared: the main process reloads it', async ({
  app,
  mode,
  systemLock,
}) => {
  onlyIn(
    'browser',
    mode,
    'the page can silence event delivery only in browser mode (in Electron it is the preload)',
  );
  await journalOnScreen(app);
  // The page hears nothing from main from here on: neither the lock request nor the lock.
  await app.evaluate(() => {
    (window as unknown as { __bsEmit: () => void }).__bsEmit = () => undefined;
  });
  await systemLock('suspend');
  // Main locks anyway once the page's grace period is over, then replaces the page itself.
  await expectCleared(app);
  await unlock(app);
  await expect(timelineEntry(app, new RegExp(words[0]!))).toBeVisible();
});

test('events from the main process reach the page it reloaded', async ({ app, systemLock }) => {
  await journalOnScreen(app);
  await lock(app);
  await expectCleared(app);
  await unlock(app);
  await app.evaluate(() => {
    const heard: string[] = [];
    (window as { __heard?: string[] }).__heard = heard;
    window.journal.on('app:lockRequested', ({ reason }) => heard.push(reason));
  });
  await systemLock('screen-lock');
  await expect
    .poll(() => app.evaluate(() => (window as { __heard?: string[] }).__heard))
    .toEqual(['screen-lock']);
  await expectCleared(app);
});

test('restoring a backup from Settings leaves nothing of the open journal on the page', async ({
  app,
}) => {
  await createJournal(app);
  // Backups are made when a journal is unlocked.
  await lock(app);
  await unlock(app);
  await newEntry(app, words[0]!);
  await editorBody(app).click();
  await app.keyboard.type(words[1]!);
  await expectSaved(app);
  await markRealm(app);
  await openSettings(app);
  const backups = app.getByRole('list', { name: 'Backups' }).getByRole('listitem');
  await backups
    .first()
    .getByRole('button', { name: /^Restore the .*backup of/ })
    .click();
  await app.getByRole('button', { name: 'Yes, restore' }).click();
  await expectCleared(app);
});

test('in the Electron app, idle lock shows the unlock screen and leaves none of the entry on it', async ({
  app,
  mode,
}) => {
  onlyIn(
    'electron',
    mode,
    'needs the Electron binary: only the real app applies will-navigate, which refused the page’s own reload',
  );
  test.setTimeout(150_000);
  await journalOnScreen(app);
  await openSettings(app);
  await app.getByLabel('Lock automatically after').selectOption('1');
  await expect(app.getByLabel('Lock automatically after')).toHaveValue('1');
  await expect(app.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible({
    timeout: 90_000,
  });
  await expectCleared(app);
});
