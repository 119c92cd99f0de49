import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { expect, onlyIn, test } from './fixtures';
import { answerAll, question, saveCheckIn, startCheckIn } from './support/check-in-steps';
import { addTag, editorBody, expectSaved, newEntry } from './support/entry-steps';
import { createJournal, lock, PASSPHRASE, tryUnlock, unlock } from './support/vault-steps';
import { seedReportJournal } from './support/seed-report';
import { goTo } from './support/navigation';
import { seedPrepJournal } from './support/prep-seed';
import { seedJournalWith } from './support/seed-therapy';
import { addStep, createGoal, logSession, pageDay } from './support/therapy-steps';
import {
  addPlanContact,
  addPlanItem,
  expectPlanSaved,
  openSafetyPlan,
} from './support/safety-plan-steps';

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

test('the Insights screen and the insight form have no serious or critical violations, light and dark', async ({
  app,
}) => {
  // axe runs eight times here.
  test.setTimeout(240_000);
  const checked: Record<string, string[]> = {};
  const check = async (screen: string) => {
    checked[screen] = await seriousViolations(app);
  };
  await createJournal(app);
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await goTo(app, 'Insights');
    await expect(app.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
    await expect(app.getByText(/Insights are the moments that mattered/)).toBeVisible();
    await check(`insights, empty (${scheme})`);
  }

  await goTo(app, 'Journal');
  await newEntry(app, 'Something shifted');
  await editorBody(app).click();
  await app.keyboard.type('I said no and the room did not fall down.');
  await expectSaved(app);
  await app.getByRole('button', { name: 'Add insight to whole entry' }).click();
  const form = app.getByRole('dialog', { name: 'Add insight to whole entry' });
  await form.getByRole('radio', { name: 'Breakthrough' }).check();
  await form.getByRole('radio', { name: 'Felt — visceral' }).check();
  await form.getByLabel('Note').fill('Saying no felt safe.');
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await check(`insight form (${scheme})`);
  }
  await form.getByRole('button', { name: 'Save insight' }).click();
  await expect(form).toBeHidden();

  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await goTo(app, 'Journal');
    await app.getByRole('list', { name: 'Entries' }).getByRole('button').first().click();
    await expect(app.getByRole('button', { name: /^Breakthrough/ })).toBeVisible();
    await check(`entry with its insights (${scheme})`);
    await goTo(app, 'Insights');
    await expect(app.getByRole('table', { name: /month by month/ })).toBeVisible();
    await check(`insights with one (${scheme})`);
  }

  expect(checked).toEqual(Object.fromEntries(Object.keys(checked).map((k) => [k, []])));
});

test('the check-ins and safety plan screens have no serious or critical violations, light or dark', async ({
  app,
  saveDialog,
}, testInfo) => {
  // Axe twice per screen (light and dark) over twelve screens.
  test.setTimeout(300_000);
  const checked: Record<string, string[]> = {};
  const check = async (screen: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await app.emulateMedia({ colorScheme });
      checked[`${screen} (${colorScheme})`] = await seriousViolations(app);
    }
  };
  await createJournal(app);

  await openSafetyPlan(app);
  await check('empty safety plan');
  await addPlanItem(app, 'warning sign', 'Not sleeping');
  await addPlanContact(app, 'professional or service', 1, {
    name: 'Dr. Okafor',
    phone: '020 7946 0000',
    note: 'Mon–Thu',
  });
  await expectPlanSaved(app);
  await check('safety plan');
  await saveDialog.answer(testInfo.outputPath('plan.pdf'));
  await app.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(app.getByText('Saved “plan.pdf”.')).toBeVisible();
  await check('safety plan saved as PDF');
  await app.getByRole('button', { name: 'Add person to ask' }).click();
  await app
    .getByRole('group', { name: 'Person to ask 1' })
    .getByLabel('Phone', { exact: true })
    .fill('0612');
  await expect(app.getByRole('status').filter({ hasText: 'Not saved' })).toContainText('Not saved');
  await check('safety plan that cannot be saved yet');
  await app.getByRole('button', { name: 'Remove person to ask 1' }).click();
  await expectPlanSaved(app);

  await goTo(app, 'Check-ins');
  await expect(app.getByRole('heading', { name: 'Check-ins', level: 1 })).toBeVisible();
  await check('check-ins, none yet');
  await startCheckIn(app, 'PHQ-9');
  await question(app, 'PHQ-9', 9).getByRole('radio', { name: 'Several days' }).check();
  await saveCheckIn(app);
  await expect(app.getByRole('alert')).toBeVisible();
  await check('PHQ-9 form with the safety plan card and unanswered questions');
  await answerAll(app, 'PHQ-9', Array<string>(8).fill('Several days'));
  await saveCheckIn(app);
  await expect(app.getByRole('heading', { name: 'Your PHQ-9 score' })).toBeVisible();
  await check('PHQ-9 result');
  await startCheckIn(app, 'GAD-7');
  await answerAll(app, 'GAD-7', Array<string>(7).fill('Several days'));
  await saveCheckIn(app);
  await startCheckIn(app, 'GAD-7');
  await check('GAD-7 form within two weeks');
  await answerAll(app, 'GAD-7', Array<string>(7).fill('Not at all'));
  await saveCheckIn(app);
  await expect(app.getByRole('heading', { name: 'Your GAD-7 score' })).toBeVisible();
  await check('GAD-7 result with changes');
  await goTo(app, 'Check-ins');
  await expect(app.getByRole('table', { name: /Your GAD-7 check-ins/ })).toBeVisible();
  await check('check-ins with trends');
  await app.getByRole('button', { name: /^Delete the PHQ-9 of/ }).click();
  await check('check-ins, confirming a delete');

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

test.describe('the progress report', () => {
  test.use({ prepareDataDir: async ({}, use) => use(seedReportJournal) });

  test('the Progress report screen and its preview have no serious or critical violations, light and dark', async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const checked: Record<string, string[]> = {};
    await unlock(app);
    await goTo(app, 'Progress report');
    await app.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 90 days' });
    await expect(app.getByRole('table', { name: 'Mood each week' })).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await app.emulateMedia({ colorScheme: scheme });
      checked[`progress report (${scheme})`] = await seriousViolations(app);
    }
    expect(checked).toEqual(Object.fromEntries(Object.keys(checked).map((k) => [k, []])));
  });
});

test.describe('Prepare for session', () => {
  test.use({
    prepareDataDir: async ({}, use) => use((dir) => seedJournalWith(dir, seedPrepJournal)),
  });

  test('the screen, with topics, a refusal and a saved note, has none in light and dark', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    await unlock(app);
    await goTo(app, 'Prepare for session');
    for (const topic of ['Work', 'Sleep']) {
      await app.getByLabel('New topic').fill(topic);
      await app.getByLabel('New topic').press('Enter');
    }
    const checked: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await app.emulateMedia({ colorScheme: scheme });
      await expect(app.getByRole('article', { name: 'Prep note as it will print' })).toBeVisible();
      checked[`prepare (${scheme})`] = await seriousViolations(app);
    }
    await app.getByLabel('Session date').fill('');
    await app.getByRole('button', { name: 'Save as prep note' }).click();
    await expect(app.getByRole('alert')).toBeVisible();
    checked['prepare, a refused save (dark)'] = await seriousViolations(app);
    await app.getByLabel('Session date').fill(await pageDay(app, 3));
    await app.getByRole('button', { name: 'Save as prep note' }).click();
    await expect(app.getByRole('link', { name: 'Open the session' })).toBeVisible();
    await app.emulateMedia({ colorScheme: 'light' });
    checked['prepare, saved (light)'] = await seriousViolations(app);
    expect(checked).toEqual(Object.fromEntries(Object.keys(checked).map((k) => [k, []])));
  });
});

test('the Import screen, with a preview open and a refused file, has none in light and dark', async ({
  app,
  mode,
  answerOpenDialog,
}) => {
  onlyIn('browser', mode, 'the browser harness answers main’s open dialog; Electron’s is native');
  test.setTimeout(120_000);
  const checked: Record<string, string[]> = {};
  const exportFile = test.info().outputPath('daylio_export.csv');
  await writeFile(
    exportFile,
    [
      'full_date,date,weekday,time,mood,activities,note_title,note',
      '2024-05-02,"May 2",Thursday,21:10,good,"friends | walk","Dinner with Sam","Felt heard."',
      '2024-05-01,"May 1",Wednesday,08:05,ecstatic,"work","Slow morning",""',
    ].join('\n'),
  );
  const broken = test.info().outputPath('broken.json');
  await writeFile(broken, '{"entries": [');
  await createJournal(app);
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await goTo(app, 'Settings');
    await app.getByRole('link', { name: 'Import…' }).click();
    answerOpenDialog(broken);
    await app.getByRole('button', { name: 'Choose a file…' }).click();
    await expect(app.getByRole('alert')).toBeVisible();
    checked[`import, a refused file (${scheme})`] = await seriousViolations(app);
    answerOpenDialog(exportFile);
    await app.getByRole('button', { name: 'Choose a file…' }).click();
    await expect(app.getByRole('heading', { name: 'What will not come in' })).toBeVisible();
    checked[`import, a preview (${scheme})`] = await seriousViolations(app);
  }
  expect(checked).toEqual(Object.fromEntries(Object.keys(checked).map((k) => [k, []])));
});
