import { expect, test } from './fixtures';
import { goTo, navLink } from './support/navigation';
import { editorBody, expectSaved, newEntry } from './support/entry-steps';
import {
  addWholeEntryInsight,
  logSession,
  pageDay,
  pageMediumDate,
  pageMoney,
} from './support/therapy-steps';
import { createJournal, lock, openSettings, unlock } from './support/vault-steps';

test('a session’s cost, length and homework are kept through a lock', async ({ app }) => {
  await createJournal(app);
  await goTo(app, 'Sessions');
  await expect(app.getByText('No sessions logged yet.')).toBeVisible();
  await app.getByRole('link', { name: 'Log a session' }).click();
  await expect(app.getByLabel('Date', { exact: true })).toHaveValue(await pageDay(app));
  await expect(app.getByLabel('Currency')).toHaveValue('EUR');

  // A cost that is not an amount is refused with a reason, and nothing typed is lost.
  await app.getByLabel('Length in minutes').fill('50');
  await app.getByLabel('Therapist (optional)').fill('Dr. Rivera');
  await app.getByLabel('Cost', { exact: true }).fill('-90');
  await app.getByRole('button', { name: 'Log session' }).click();
  await expect(app.getByRole('alert')).toHaveText('A cost cannot be negative.');
  await expect(app.getByLabel('Cost', { exact: true })).toBeFocused();
  await app.getByLabel('Cost', { exact: true }).fill('90.505');
  await app.getByRole('button', { name: 'Log session' }).click();
  await expect(app.getByRole('alert')).toHaveText('EUR takes at most 2 decimal places.');
  await expect(app.getByLabel('Therapist (optional)')).toHaveValue('Dr. Rivera');

  const cost = await pageMoney(app, 90.5, 'EUR');
  await app.getByLabel('Cost', { exact: true }).fill('90.50');
  await expect(app.getByText(cost, { exact: true })).toBeVisible();
  await app.getByRole('button', { name: 'Add homework' }).click();
  await app.getByLabel('Homework 1', { exact: true }).fill('Notice when I avoid calls');
  await app.getByRole('button', { name: 'Add homework' }).click();
  await app.getByLabel('Homework 2', { exact: true }).fill('Breathe before meetings');
  await app.getByLabel('Note on homework 2').fill('box breathing, four counts');
  await app.getByLabel('Reflection, written after').fill('We talked about my father.');
  await app.getByRole('button', { name: 'Log session' }).click();
  await expect(app.getByRole('heading', { name: /^Session on /, level: 1 })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: 'Session logged.' })).toBeVisible();

  await lock(app);
  await unlock(app);
  await goTo(app, 'Sessions');
  const row = app.getByRole('table').getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText([/50 min/, cost, 'Dr. Rivera']);
  await row.getByRole('link').click();
  const homework = app.getByRole('list', { name: 'Homework' }).getByRole('listitem');
  await expect(homework).toHaveCount(2);
  await expect(homework.nth(1)).toContainText('box breathing, four counts');
  await expect(app.getByText('We talked about my father.')).toBeVisible();

  // Edited later: another currency, with its own decimals.
  await app.getByRole('button', { name: 'Edit session' }).click();
  await expect(app.getByLabel('Cost', { exact: true })).toHaveValue('90.50');
  await app.getByLabel('Currency').selectOption('JPY');
  await app.getByLabel('Cost', { exact: true }).fill('12000.5');
  await app.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByRole('alert')).toHaveText(
    'JPY has no decimal places: write a whole number.',
  );
  await app.getByLabel('Cost', { exact: true }).fill('12000');
  await app.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
  await expect(app.getByText(await pageMoney(app, 12000, 'JPY'), { exact: true })).toBeVisible();
  await expect(app.getByRole('list', { name: 'Homework' }).getByRole('listitem')).toHaveCount(2);

  await app.getByRole('button', { name: 'Delete session' }).click();
  await expect(app.getByRole('group', { name: /Delete this session/ })).toBeVisible();
  await app.getByRole('button', { name: 'Yes, delete session' }).click();
  await expect(app.getByRole('heading', { name: 'Sessions', level: 1 })).toBeVisible();
  await expect(app.getByText('No sessions logged yet.')).toBeVisible();
});

test('the journal says when the next session is and shows the homework still open', async ({
  app,
}) => {
  await createJournal(app);
  await logSession(app, {
    minutes: '50',
    cost: '90.50',
    homework: [{ text: 'Notice when I avoid calls' }, { text: 'Breathe before meetings' }],
  });
  await goTo(app, 'Sessions');
  await app.getByLabel('Next session', { exact: true }).fill(await pageDay(app, 3));
  await expect(app.getByText(/^Next session in 3 days:/)).toBeVisible();

  await goTo(app, 'Journal');
  const glance = app.getByRole('region', { name: 'Therapy at a glance' });
  await expect(glance.getByRole('link', { name: 'Next session in 3 days' })).toBeVisible();
  const open = glance.getByRole('list', { name: 'Open homework' }).getByRole('listitem');
  await expect(open).toHaveText([/Notice when I avoid calls/, /Breathe before meetings/]);
  await glance.getByRole('button', { name: 'Mark “Notice when I avoid calls” done' }).click();
  await expect(glance.getByRole('status')).toHaveText('Marked done: Notice when I avoid calls');
  await expect(open).toHaveText([/Breathe before meetings/]);

  // The session itself says so too.
  await glance.getByRole('link', { name: 'Open the session' }).click();
  await expect(app.getByLabel('Status of Notice when I avoid calls')).toHaveValue('done');
  await app.getByLabel('Status of Breathe before meetings').selectOption('tried');
  await expect(app.getByRole('status').filter({ hasText: 'Homework marked tried.' })).toBeVisible();

  // Set in Settings too; cleared there, the journal no longer mentions it.
  await openSettings(app);
  await expect(app.getByLabel('Next session', { exact: true })).toHaveValue(await pageDay(app, 3));
  await app.getByLabel('Next session', { exact: true }).fill(await pageDay(app, 1));
  await expect(app.getByText(/^Next session tomorrow:/)).toBeVisible();
  await goTo(app, 'Journal');
  await expect(glance.getByRole('link', { name: 'Next session tomorrow' })).toBeVisible();
  await openSettings(app);
  await app.getByRole('button', { name: 'Clear next session date' }).click();
  await expect(app.getByLabel('Next session', { exact: true })).toHaveValue('');
  await goTo(app, 'Journal');
  await expect(navLink(app, 'Journal')).toHaveAttribute('aria-current', 'page');
  await expect(app.getByRole('region', { name: 'Therapy at a glance' })).toHaveCount(0);
});

test('the currency for new sessions comes from Settings', async ({ app }) => {
  await createJournal(app);
  await openSettings(app);
  await app.getByLabel('Currency for new sessions').selectOption('GBP');
  await logSession(app, { cost: '75' });
  await expect(app.getByText(await pageMoney(app, 75, 'GBP'), { exact: true })).toBeVisible();
});

test('an insight brought to a session is picked there, then shows as discussed on that day', async ({
  app,
}) => {
  test.setTimeout(90_000);
  await createJournal(app);
  await newEntry(app, 'Before Thursday');
  await editorBody(app).click();
  await app.keyboard.type('I froze again when she asked what I wanted.');
  await expectSaved(app);
  await addWholeEntryInsight(app, {
    kind: 'Question',
    note: 'Why do I freeze when asked what I want?',
    bringToSession: true,
  });
  // Not marked to bring: never offered for a session.
  await addWholeEntryInsight(app, { kind: 'Small win', note: 'I went for a walk anyway.' });

  await goTo(app, 'Insights');
  await expect(app.getByText('2 insights')).toBeVisible();
  const notDiscussed = app.getByRole('checkbox', { name: 'Not yet discussed' });
  await notDiscussed.check();
  await expect(app.getByText('1 insight match')).toBeVisible();
  const question = app.getByRole('main').getByRole('article', { name: /^Question,/ });
  await expect(question).toContainText('To bring to the next session');

  await goTo(app, 'Sessions');
  await app.getByRole('link', { name: 'Log a session' }).click();
  const picker = app.getByRole('group', { name: 'Discussed in this session' });
  await expect(picker.getByRole('checkbox')).toHaveCount(1);
  await picker.getByRole('checkbox', { name: /^Question: Why do I freeze/ }).check();
  await app.getByLabel('Length in minutes').fill('50');
  await app.getByRole('button', { name: 'Log session' }).click();
  await expect(app.getByRole('heading', { name: /^Session on /, level: 1 })).toBeVisible();
  await expect(
    app.getByRole('list', { name: 'Discussed insights' }).getByRole('listitem'),
  ).toHaveText([/^Question: Why do I freeze when asked what I want\?/]);

  const today = await pageMediumDate(app, await pageDay(app));
  await goTo(app, 'Insights');
  await expect(app.getByText('2 insights')).toBeVisible();
  await notDiscussed.check();
  await expect(app.getByText('No insights match these filters.')).toBeVisible();
  await notDiscussed.uncheck();
  await expect(question).toContainText(`Discussed in the session of ${today}`);
  await expect(question).not.toContainText('To bring to the next session');

  // Another session has nothing left to pick.
  await goTo(app, 'Sessions');
  await app.getByRole('link', { name: 'Log a session' }).click();
  await expect(
    app.getByText('Nothing is waiting to be discussed.', { exact: false }),
  ).toBeVisible();
  await app.getByRole('button', { name: 'Cancel' }).click();

  // Deleting the session leaves the insight waiting to be discussed again.
  await goTo(app, 'Sessions');
  await app.getByRole('table').getByRole('row').nth(1).getByRole('link').click();
  await app.getByRole('button', { name: 'Delete session' }).click();
  await app.getByRole('button', { name: 'Yes, delete session' }).click();
  await expect(app.getByText('No sessions logged yet.')).toBeVisible();
  await goTo(app, 'Insights');
  await expect(app.getByText('2 insights')).toBeVisible();
  await notDiscussed.check();
  await expect(app.getByText('1 insight match')).toBeVisible();
  await expect(question).toContainText('To bring to the next session');
});
