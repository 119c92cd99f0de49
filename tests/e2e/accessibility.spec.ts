import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addTag, editorBody, expectSaved, newEntry } from './support/entry-steps';
import { createJournal, lock, PASSPHRASE, tryUnlock } from './support/vault-steps';
import { goTo } from './support/navigation';
import { addStep, createGoal, logSession, pageDay } from './support/therapy-steps';

/** Serious and critical axe violations on the page as it is now, summarised for the report. */
async function seriousViolations(app: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: app }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('every main screen has no serious or critical accessibility violations', async ({ app }) => {
  test.setTimeout(120_000);
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

test('goals, sessions and the journal’s therapy glance have none, in light and dark', async ({
  app,
}) => {
  test.setTimeout(180_000);
  await createJournal(app);
  await createGoal(app, 'Speak up at work', 'I say what I think in meetings.');
  await addStep(app, 'Say one thing on Monday');
  await app.getByRole('checkbox', { name: 'Say one thing on Monday' }).check();
  await logSession(app, {
    cost: '90.50',
    therapist: 'Sam',
    homework: [{ text: 'Notice avoidance' }],
  });
  await goTo(app, 'Sessions');
  await app.getByLabel('Next session', { exact: true }).fill(await pageDay(app, 3));
  await expect(app.getByText(/^Next session in 3 days:/)).toBeVisible();

  const checked: Record<string, string[]> = {};
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    const check = async (screen: string) => {
      checked[`${screen} (${scheme})`] = await seriousViolations(app);
    };

    await goTo(app, 'Journal');
    await expect(app.getByRole('region', { name: 'Therapy at a glance' })).toBeVisible();
    await check('journal with the glance');

    await goTo(app, 'Goals');
    await expect(app.getByRole('link', { name: 'Speak up at work' })).toBeVisible();
    await app.getByRole('button', { name: 'New goal' }).click();
    await app.getByRole('button', { name: 'Add goal' }).click();
    await expect(app.getByRole('alert')).toBeVisible();
    await check('goals with a refused new goal');
    await app.getByRole('link', { name: 'Speak up at work' }).click();
    await expect(app.getByRole('table', { name: 'By month' })).toBeVisible();
    await app.getByRole('button', { name: 'Delete goal' }).click();
    await check('a goal, asking before delete');
    await app.getByRole('button', { name: 'Cancel' }).click();

    await goTo(app, 'Sessions');
    await expect(app.getByRole('table')).toBeVisible();
    await check('sessions');
    await app.getByRole('table').getByRole('link').first().click();
    await expect(app.getByRole('list', { name: 'Homework' })).toBeVisible();
    await check('a session');
    await app.getByRole('button', { name: 'Edit session' }).click();
    await app.getByLabel('Cost', { exact: true }).fill('-1');
    await app.getByRole('button', { name: 'Save changes' }).click();
    await expect(app.getByRole('alert')).toBeVisible();
    await check('editing a session, refused');
    await app.getByRole('button', { name: 'Cancel' }).click();

    await goTo(app, 'Settings');
    await expect(app.getByRole('heading', { name: 'Therapy sessions' })).toBeVisible();
    await check('settings');
  }
  expect(checked).toEqual(Object.fromEntries(Object.keys(checked).map((k) => [k, []])));
});
