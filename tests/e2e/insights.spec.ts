import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorBody, expectSaved, newEntry, timelineEntry } from './support/entry-steps';
import { goTo } from './support/navigation';
import { addWholeEntryInsight, createGoal } from './support/therapy-steps';
import { createJournal, lock, unlock } from './support/vault-steps';

const TITLE = 'After the call with Mum';
const NOTE = 'It was about being judged, like at home.';

const insightsPanel = (app: Page) => app.getByRole('region', { name: 'Insights' });
const insightCard = (app: Page, kind: string) =>
  app.getByRole('main').getByRole('article', { name: new RegExp(`^${kind},`) });

test('an insight on a whole entry: described, changed, listed, filtered, opened, and kept with its entry', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await createJournal(app);
  await newEntry(app, TITLE);
  await editorBody(app).click();
  await app.keyboard.type('My shoulders rose when she asked about work.');
  await expectSaved(app);

  // Mark insight (the command) opens the form; Escape closes it and focus returns.
  await app.keyboard.press('Control+Shift+M');
  const form = app.getByRole('dialog', { name: 'Add insight to whole entry' });
  await expect(form).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(editorBody(app)).toBeFocused();

  const panel = insightsPanel(app);
  const add = panel.getByRole('button', { name: 'Add insight to whole entry' });
  await add.click();
  await expect(form.getByText('About the whole entry, not one passage.')).toBeVisible();
  await form.getByRole('radio', { name: 'Breakthrough' }).check();
  await form.getByRole('radio', { name: 'Felt — visceral' }).check();
  await form.getByRole('radio', { name: 'Uncomfortable' }).check();
  await form.getByRole('slider', { name: 'Intensity' }).fill('8');
  await form.getByLabel('Note').fill(NOTE);
  await form.getByRole('checkbox', { name: 'Bring to next session' }).check();
  await form.getByRole('button', { name: 'Save insight' }).click();
  await expect(form).toBeHidden();
  await expect(add).toBeFocused();
  const breakthrough = panel.getByRole('button', { name: /^Breakthrough/ });
  await expect(breakthrough).toContainText('Felt — visceral · Uncomfortable');
  await expect(breakthrough).toContainText('Intensity 8 of 10');
  await expect(breakthrough).toContainText('Whole entry');
  await expect(breakthrough).toContainText('To bring to the next session');

  // A blocker has no arrival or tone: they go, and the form says so.
  await breakthrough.click();
  const edit = app.getByRole('dialog', { name: 'Edit insight' });
  await expect(edit.getByRole('radio', { name: 'Felt — visceral' })).toBeChecked();
  await expect(edit.getByRole('slider', { name: 'Intensity' })).toHaveValue('8');
  await edit.getByRole('radio', { name: 'Blocker' }).check();
  await expect(edit.getByRole('status')).toHaveText(
    'Tone and how it arrived apply to breakthroughs only, so they were cleared.',
  );
  await expect(edit.getByRole('radio', { name: 'Felt — visceral' })).toHaveCount(0);
  await edit.getByRole('radio', { name: 'Avoidance' }).check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(panel.getByRole('status')).toHaveText(
    'Insight saved. Tone and how it arrived apply to breakthroughs only, so they were cleared.',
  );
  const blocker = panel.getByRole('button', { name: /^Blocker/ });
  await expect(blocker).toContainText('What got in the way: Avoidance');
  await expect(blocker).not.toContainText('visceral');
  await expect(panel.getByRole('button', { name: /^Breakthrough/ })).toHaveCount(0);

  await goTo(app, 'Insights');
  await expect(app.getByRole('heading', { name: 'Insights', level: 1 })).toBeVisible();
  const card = insightCard(app, 'Blocker');
  await expect(card).toContainText(NOTE);
  await expect(card).toContainText('Whole entry');
  await expect(card).toContainText('Intensity 8 of 10');
  await expect(card).toContainText('To bring to the next session');
  const table = app.getByRole('table', { name: 'Insights per kind, month by month' });
  await expect(table.getByRole('columnheader', { name: 'Blocker' })).toBeVisible();
  await expect(app.getByRole('img', { name: /Insights per kind per month/ })).toBeVisible();

  // Filters live in the address: Back undoes one.
  await app.getByRole('combobox', { name: 'Kind' }).selectOption('Small win');
  await expect(app.getByText('No insights match these filters.')).toBeVisible();
  expect(app.url()).toContain('kind=small-win');
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(app.getByRole('combobox', { name: 'Kind' })).toHaveValue('');
  await expect(card).toBeVisible();
  await app.getByRole('combobox', { name: 'Kind' }).selectOption('Blocker');
  await app.getByRole('checkbox', { name: 'Not yet discussed' }).check();
  await expect(app.getByText('1 insight match')).toBeVisible();
  await expect(card).toBeVisible();

  await card.getByRole('link', { name: new RegExp(TITLE) }).click();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
  expect(new URL(app.url()).hash).toMatch(/^#\/journal\/[^/?]+\?insight=/);
  await expect(insightsPanel(app).getByRole('button', { name: /^Blocker/ })).toHaveAttribute(
    'aria-current',
    'true',
  );

  await lock(app);
  await unlock(app);
  await goTo(app, 'Insights');
  await expect(insightCard(app, 'Blocker')).toContainText(NOTE);

  // Deleting the entry takes its insight into the trash with it; restoring brings it back.
  await goTo(app, 'Journal');
  await timelineEntry(app, new RegExp(TITLE)).click();
  await app.getByRole('button', { name: 'Delete entry' }).click();
  await expect(app.getByText('Entry moved to the trash.')).toBeVisible();
  await goTo(app, 'Insights');
  await expect(app.getByText(/Insights are the moments that mattered/)).toBeVisible();
  await expect(insightCard(app, 'Blocker')).toHaveCount(0);
  await goTo(app, 'Trash');
  await app.getByRole('button', { name: `Restore ${TITLE}` }).click();
  await goTo(app, 'Insights');
  await expect(insightCard(app, 'Blocker')).toContainText(NOTE);
});

test('deleting an insight asks first, and the entry keeps its words', async ({ app }) => {
  await createJournal(app);
  await newEntry(app, 'A small step');
  await editorBody(app).click();
  await app.keyboard.type('I asked for help at work.');
  await expectSaved(app);
  const panel = insightsPanel(app);
  await panel.getByRole('button', { name: 'Add insight to whole entry' }).click();
  const form = app.getByRole('dialog', { name: 'Add insight to whole entry' });
  await form.getByRole('button', { name: 'Save insight' }).click();
  await expect(form.getByRole('alert')).toHaveText('Choose what kind of insight this is.');
  await form.getByRole('radio', { name: 'Small win' }).check();
  await form.getByRole('button', { name: 'Save insight' }).click();
  await expect(panel.getByRole('status')).toHaveText('Small win added to this entry.');

  await panel.getByRole('button', { name: /^Small win/ }).click();
  const edit = app.getByRole('dialog', { name: 'Edit insight' });
  // The page's shortcuts do not act behind the form: no new entry opens under it.
  await edit.getByLabel('Note').fill('Asked, and was helped.');
  await app.keyboard.press('Control+N');
  await expect(edit.getByLabel('Note')).toHaveValue('Asked, and was helped.');
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('A small step');
  await edit.getByRole('button', { name: 'Delete insight' }).click();
  await edit.getByRole('button', { name: 'Keep it' }).click();
  await edit.getByRole('button', { name: 'Delete insight' }).click();
  await edit.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(edit).toBeHidden();
  await expect(panel.getByRole('button', { name: /^Small win/ })).toHaveCount(0);
  await expect(panel.getByRole('heading', { name: 'Insights' })).toBeFocused();
  await expect(editorBody(app)).toHaveText('I asked for help at work.');
});

test('an insight linked to a goal in the form is listed on the goal’s page and by the goal filter', async ({
  app,
}) => {
  test.setTimeout(90_000);
  await createJournal(app);
  await createGoal(app, 'Speak up at work', 'I say what I think in meetings.');
  await createGoal(app, 'Sleep earlier', 'In bed by 23:30 most nights.');
  await goTo(app, 'Journal');
  await newEntry(app, 'The Monday meeting');
  await addWholeEntryInsight(app, {
    kind: 'Small win',
    note: 'I spoke first, and my voice held.',
    goals: ['Speak up at work'],
  });

  await goTo(app, 'Goals');
  const goals = app.getByRole('list', { name: 'Your goals' }).getByRole('listitem');
  await expect(goals.filter({ hasText: 'Speak up at work' })).toContainText('1 insight');
  await goals.getByRole('link', { name: 'Speak up at work' }).click();
  const linked = app.getByRole('list', { name: 'Linked insights' }).getByRole('listitem');
  await expect(linked).toHaveText([/Small win.*I spoke first, and my voice held\./]);

  await goTo(app, 'Insights');
  const card = insightCard(app, 'Small win');
  await expect(card).toContainText('Goals: Speak up at work');
  const goal = app.getByRole('combobox', { name: 'Goal' });
  await goal.selectOption('Sleep earlier');
  await expect(app.getByText('No insights match these filters.')).toBeVisible();
  await goal.selectOption('Speak up at work');
  await expect(app.getByText('1 insight match')).toBeVisible();

  // Moved to the other goal from the entry: both goals' pages follow.
  await card.getByRole('link', { name: /The Monday meeting/ }).click();
  await insightsPanel(app)
    .getByRole('button', { name: /^Small win/ })
    .click();
  const edit = app.getByRole('dialog', { name: 'Edit insight' });
  const editGoals = edit.getByRole('group', { name: 'Goals it relates to' });
  await expect(editGoals.getByRole('checkbox', { name: 'Speak up at work' })).toBeChecked();
  await editGoals.getByRole('checkbox', { name: 'Speak up at work' }).uncheck();
  await editGoals.getByRole('checkbox', { name: 'Sleep earlier' }).check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await goTo(app, 'Goals');
  await expect(goals.filter({ hasText: 'Sleep earlier' })).toContainText('1 insight');
  await goals.getByRole('link', { name: 'Speak up at work' }).click();
  await expect(app.getByText('None yet. When you mark an insight', { exact: false })).toBeVisible();
});
