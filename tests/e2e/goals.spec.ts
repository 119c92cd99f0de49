import { createVault } from '../../electron/vault';
import { CHEAP_KDF } from '../support/kdf';
import { expect, test } from './fixtures';
import { goTo } from './support/navigation';
import { vaultPath } from './support/seed-vault';
import { addStep, createGoal, pageDay, pageMediumDate } from './support/therapy-steps';
import { createJournal, lock, PASSPHRASE, unlock } from './support/vault-steps';

const words = 'I say what I think in meetings, even when my voice shakes.';

test('a goal in my own words: steps ticked with their day, achieved quietly, kept through a lock', async ({
  app,
}) => {
  await createJournal(app);
  await goTo(app, 'Goals');
  await expect(app.getByText('No goals yet.')).toBeVisible();

  // What progress looks like is the person's to write: the app asks for it and fills in nothing.
  await app.getByLabel('Title', { exact: true }).fill('Speak up at work');
  const wordsField = app.getByLabel('What progress looks like, in your words');
  await expect(wordsField).toHaveValue('');
  await app.getByRole('button', { name: 'Add goal' }).click();
  await expect(app.getByRole('alert')).toHaveText(/Write what progress looks like for you/);
  await expect(wordsField).toBeFocused();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('Speak up at work');
  await wordsField.fill(words);
  await app.getByRole('button', { name: 'Add goal' }).click();
  await expect(app.getByRole('heading', { name: 'Speak up at work', level: 1 })).toBeVisible();
  await expect(app.getByText(words)).toBeVisible();

  await addStep(app, 'Say one thing in the Monday meeting');
  await addStep(app, 'Disagree once, kindly');
  await app.getByRole('checkbox', { name: 'Say one thing in the Monday meeting' }).check();
  await expect(app.getByRole('status').filter({ hasText: 'Step done.' })).toBeVisible();
  const today = await pageMediumDate(app, await pageDay(app));
  await expect(app.getByText(`Done ${today}`)).toBeVisible();

  const thisMonth = app.getByRole('table', { name: 'By month' }).getByRole('row').last();
  await expect(thisMonth.getByRole('cell')).toHaveText(['1', '0', '0']);

  await app.getByRole('radio', { name: 'Achieved' }).check();
  await expect(app.getByRole('status').filter({ hasText: 'Marked achieved.' })).toBeVisible();
  await expect(app.getByText(`Achieved on ${today}`)).toBeVisible();

  await lock(app);
  await unlock(app);
  await goTo(app, 'Goals');
  const row = app.getByRole('list', { name: 'Your goals' }).getByRole('listitem');
  await expect(row).toContainText('Achieved');
  await expect(row).toContainText('1 of 2 steps done');
  await row.getByRole('link', { name: 'Speak up at work' }).click();
  await expect(
    app.getByRole('checkbox', { name: 'Say one thing in the Monday meeting' }),
  ).toBeChecked();
  await expect(app.getByRole('radio', { name: 'Achieved' })).toBeChecked();

  // Undone clears the day; reopening keeps when it was achieved.
  await app.getByRole('checkbox', { name: 'Say one thing in the Monday meeting' }).uncheck();
  await expect(app.getByText(`Done ${today}`)).toHaveCount(0);
  await app.getByRole('radio', { name: 'Active' }).check();
  await expect(app.getByText(`Last marked achieved on ${today}`)).toBeVisible();
});

test('deleting a goal asks first and says its insights are kept', async ({ app }) => {
  await createJournal(app);
  await createGoal(app, 'Sleep before midnight', 'Most nights I am in bed by 23:30.');
  await app.getByRole('button', { name: 'Edit title and words' }).click();
  await app.getByLabel('What progress looks like, in your words').fill('  ');
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('alert')).toHaveText(/Write what progress looks like for you/);
  await app.getByLabel('Title', { exact: true }).fill('Sleep earlier');
  await app.getByLabel('What progress looks like, in your words').fill('In bed by 23:30.');
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('heading', { name: 'Sleep earlier', level: 1 })).toBeVisible();
  await expect(app.getByText('In bed by 23:30.')).toBeVisible();

  await app.getByRole('button', { name: 'Delete goal' }).click();
  const question = app.getByRole('group', { name: /Delete the goal “Sleep earlier”/ });
  await expect(question).toContainText('The insights linked to it are kept');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('heading', { name: 'Sleep earlier', level: 1 })).toBeVisible();
  await app.getByRole('button', { name: 'Delete goal' }).click();
  await app.getByRole('button', { name: 'Yes, delete goal' }).click();
  await expect(app.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
  await expect(app.getByText('No goals yet.')).toBeVisible();
});

test.describe('a goal with insights linked to it', () => {
  test.use({
    prepareDataDir: async ({}, use) =>
      use(async (dir) => {
        const { vault } = await createVault(vaultPath(dir), PASSPHRASE, { kdf: CHEAP_KDF });
        await vault.update((doc) => {
          const at = '2024-03-01T12:00:00.000Z';
          const entry = (id: string, date: string, title: string) => ({
            id,
            date,
            createdAt: at,
            updatedAt: at,
            title,
            body: 'Words.',
            tags: [],
            shareLevel: 'private' as const,
          });
          doc.entries.push(
            entry('e1', '2024-03-02', 'First try'),
            entry('e2', '2024-03-20', 'Later'),
          );
          doc.goals.push({
            id: 'g1',
            title: 'Speak up at work',
            whatProgressLooksLike: 'I say what I think.',
            status: 'active',
            steps: [],
            createdAt: at,
          });
          const insight = { intensity: 5, bringToSession: false, goalIds: ['g1'], createdAt: at };
          doc.insights.push(
            { ...insight, id: 'i1', entryId: 'e1', kind: 'small-win', note: 'I spoke first.' },
            { ...insight, id: 'i2', entryId: 'e2', kind: 'breakthrough', note: 'Not danger.' },
          );
        });
        await vault.close();
      }),
  });

  test('lists them newest first, each opening its entry', async ({ app }) => {
    await unlock(app);
    await goTo(app, 'Goals');
    await expect(app.getByRole('list', { name: 'Your goals' })).toContainText('2 insights');
    await app.getByRole('link', { name: 'Speak up at work' }).click();
    const linked = app.getByRole('list', { name: 'Linked insights' }).getByRole('listitem');
    await expect(linked).toHaveText([/Breakthrough.*Not danger\./, /Small win.*I spoke first\./]);
    const march = app.getByRole('table', { name: 'By month' }).getByRole('row').nth(1);
    await expect(march.getByRole('cell')).toHaveText(['0', '1', '1']);
    await linked.nth(1).getByRole('link', { name: 'Open entry: First try' }).click();
    await expect(app.getByLabel('Title', { exact: true })).toHaveValue('First try');
  });
});
