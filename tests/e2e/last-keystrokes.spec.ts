import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorBody, newEntry, timelineEntry } from './support/entry-steps';
import { createJournal, unlock } from './support/vault-steps';

const words = 'I finally said what I needed to say, and the sky did not fall';

async function typeWithoutWaiting(app: Page): Promise<void> {
  await newEntry(app, 'Right before');
  await editorBody(app).click();
  // Typed quickly: the autosave debounce has not fired when the next step begins.
  await app.keyboard.type(words, { delay: 0 });
}

async function expectKept(app: Page): Promise<void> {
  await unlock(app);
  await timelineEntry(app, /Right before/).click();
  await expect(editorBody(app)).toHaveText(words);
}

test('locking right after typing keeps the last keystrokes', async ({ app }) => {
  await createJournal(app);
  await typeWithoutWaiting(app);
  await app.keyboard.press('Control+L');
  await expect(app.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  await expectKept(app);
});

test('the computer sleeping right after typing keeps the last keystrokes', async ({
  app,
  systemLock,
}) => {
  await createJournal(app);
  await typeWithoutWaiting(app);
  await systemLock('suspend');
  await expect(app.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  await expectKept(app);
});

test('quitting right after typing keeps the last keystrokes', async ({ app, relaunch }) => {
  await createJournal(app);
  await typeWithoutWaiting(app);
  const reopened = await relaunch();
  await expect(reopened.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  await expectKept(reopened);
});
