import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createJournal, openSettings } from './support/vault-steps';

const background = (app: Page) =>
  app.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the theme follows the system, or the person’s choice over it', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  await createJournal(app);
  expect(await background(app)).toBe('rgb(29, 31, 30)');

  await openSettings(app);
  await app.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(() => background(app)).toBe('rgb(247, 245, 240)');

  await app.emulateMedia({ colorScheme: 'light' });
  await app.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => background(app)).toBe('rgb(29, 31, 30)');

  await app.getByRole('radio', { name: 'Follow the system' }).check();
  await expect.poll(() => background(app)).toBe('rgb(247, 245, 240)');
});

test('motion is switched off for people who ask for reduced motion', async ({ app }) => {
  await app.emulateMedia({ reducedMotion: 'reduce' });
  const transition = await app.evaluate(() => {
    const probe = document.createElement('button');
    probe.style.transition = 'opacity 1s';
    document.body.append(probe);
    return getComputedStyle(probe).transitionDuration;
  });
  expect(transition).toBe('0s');
});
