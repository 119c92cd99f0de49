import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { goTo } from './navigation';

export const PASSPHRASE = 'quiet lake under morning fog';

/** Creates a journal through the screens and confirms the recovery key; returns the key. */
export async function createJournal(app: Page, passphrase = PASSPHRASE): Promise<string> {
  await app.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await app.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
  await app.getByRole('button', { name: 'Create journal' }).click();
  await expect(app.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  const recoveryKey = (await app.getByLabel('Recovery key', { exact: true }).innerText()).trim();
  await app.getByRole('checkbox', { name: 'I have saved it' }).check();
  await app.getByRole('button', { name: 'Continue' }).click();
  await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  await expect(app.getByRole('button', { name: 'New entry' })).toBeVisible();
  return recoveryKey;
}

export async function lock(app: Page): Promise<void> {
  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
}

/** Types a passphrase on the unlock screen and presses Unlock, whatever comes of it. */
export async function tryUnlock(app: Page, passphrase = PASSPHRASE): Promise<void> {
  await app.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await app.getByRole('button', { name: 'Unlock' }).click();
}

export async function unlock(app: Page, passphrase = PASSPHRASE): Promise<void> {
  await tryUnlock(app, passphrase);
  await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
}

export async function openSettings(app: Page): Promise<void> {
  await goTo(app, 'Settings');
  await expect(app.getByRole('heading', { name: 'Settings' })).toBeVisible();
}

/** Marks the page's JavaScript realm, so a spec can tell whether the page was replaced since. */
export async function markRealm(app: Page): Promise<void> {
  await app.evaluate(() => ((window as { __unlockedRealm?: boolean }).__unlockedRealm = true));
}

/**
 * The unlock screen, and nothing of the journal left in the page: none of `words` in its text or
 * its markup, and no JavaScript state either, because the realm marked by `markRealm` was replaced.
 */
export async function expectClearedAfterLock(app: Page, words: string[]): Promise<void> {
  await expect(app.getByRole('heading', { name: 'Unlock your journal' })).toBeVisible();
  const text = await app.evaluate(() => document.body.innerText);
  const html = await app.evaluate(() => document.documentElement.outerHTML);
  for (const word of words) {
    expect(text).not.toContain(word);
    expect(html).not.toContain(word);
  }
  expect(await app.evaluate(() => (window as { __unlockedRealm?: boolean }).__unlockedRealm)).toBe(
    undefined,
  );
}
