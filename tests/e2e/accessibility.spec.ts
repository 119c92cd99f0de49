import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addTag, editorBody, expectSaved, newEntry } from './support/entry-steps';
import { lock, PASSPHRASE, tryUnlock } from './support/vault-steps';
import { goTo } from './support/navigation';

/** Serious and critical axe violations on the page as it is now, summarised for the report. */
async function seriousViolations(app: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: app }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every main screen has no serious or critical accessibility violations', async ({ app }) => {
  test.setTimeout(180_000);
  const checked: Record<string, string[]> = {};
  const check = async (screen: string) => {
    checked[screen] = await seriousViolations(app);
  };

  await expect(app.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  await check('create journal');

  await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await app.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE);
  await app.getByRole('button', { name: 'Create journal' }).click();
  await expect(app.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  await check('recovery key');
  await app.getByRole('checkbox', { name: 'I have saved it' }).check();
  await app.getByRole('button', { name: 'Continue' }).click();

  await expect(app.getByRole('button', { name: 'New entry' })).toBeVisible();
  await check('empty journal');
  await goTo(app, 'Progress');
  await expect(app.getByRole('heading', { name: 'Nothing to show yet' })).toBeVisible();
  await check('progress, nothing yet');
  await goTo(app, 'Journal');
  await newEntry(app, 'A first page');
  await app.getByLabel('Mood', { exact: true }).selectOption('6');
  await addTag(app, 'first');
  await editorBody(app).click();
  await app.keyboard.type('Some words to look at.');
  await expectSaved(app);
  await check('journal with an entry');

  await app.getByRole('button', { name: 'Calendar' }).click();
  await expect(app.getByRole('heading', { name: /\d{4}$/ })).toBeVisible();
  await check('calendar');

  await goTo(app, 'Progress');
  await expect(app.getByRole('table', { name: 'Average mood per month' })).toBeVisible();
  await check('progress, light');
  await app.emulateMedia({ colorScheme: 'dark' });
  await check('progress, dark');
  await app.emulateMedia({ colorScheme: 'light' });

  await goTo(app, 'Tags');
  await expect(app.getByRole('heading', { name: 'Tags' })).toBeVisible();
  await check('tags');

  await goTo(app, 'Trash');
  await expect(app.getByRole('heading', { name: 'Trash' })).toBeVisible();
  await check('trash');

  await goTo(app, 'Settings');
  await expect(app.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await check('settings');

  await app.keyboard.press('F1');
  await expect(app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await check('shortcuts dialog');
  await app.keyboard.press('Escape');

  await lock(app);
  await tryUnlock(app, 'not it');
  await expect(app.getByRole('alert')).toBeVisible();
  await check('unlock with an error');

  expect(checked).toEqual(Object.fromEntries(Object.keys(checked).map((k) => [k, []])));
});
