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
