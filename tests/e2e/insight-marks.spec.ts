import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorBody, expectSaved, newEntry, timelineEntry } from './support/entry-steps';
import { goTo } from './support/navigation';
import { createGoal } from './support/therapy-steps';
import { createJournal, lock, unlock } from './support/vault-steps';

const TITLE = 'After the call';
const GOAL = 'Say what I need';
// Playwright's roles do not include ARIA 1.3's `mark`: the highlight is found as the element.
const highlight = (app: Page) => editorBody(app).locator('mark');

async function reopen(app: Page): Promise<void> {
  await expectSaved(app);
  await lock(app);
  await unlock(app);
  await timelineEntry(app, TITLE).click();
  await expect(app.getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE);
}

test('a passage marked as a visceral, uncomfortable breakthrough linked to a goal keeps its words through edits, lock and unlock', async ({
  app,
}) => {
  test.setTimeout(150_000);
  await createJournal(app);
  await createGoal(app, GOAL, 'I can say no without apologising three times.');

  await goTo(app, 'Journal');
  await newEntry(app, TITLE);
  await editorBody(app).click();
  await app.keyboard.type('I went quiet again when she raised her voice.');
  // "went quiet again": 2 characters in, 16 long, selected with the keyboard.
  await app.keyboard.press('Home');
  for (let i = 0; i < 2; i++) await app.keyboard.press('ArrowRight');
  for (let i = 0; i < 16; i++) await app.keyboard.press('Shift+ArrowRight');
  await app
    .getByRole('toolbar', { name: 'Formatting' })
    .getByRole('button', { name: 'Mark insight' })
    .click();

  const form = app.getByRole('dialog', { name: 'Mark insight' });
  await expect(form).toContainText('went quiet again');
  await form.getByRole('radio', { name: 'Breakthrough' }).check();
  await form.getByRole('radio', { name: 'Felt — visceral' }).check();
  await form.getByRole('radio', { name: 'Uncomfortable' }).check();
  await form.getByRole('checkbox', { name: GOAL }).check();
  await form.getByLabel('Note').fill('Silence is how I avoid the fight.');
  await form.getByRole('button', { name: 'Save insight' }).click();
  await expect(form).toBeHidden();
  await expect(highlight(app)).toHaveText('went quiet again');
  // Once the body with its mark is saved, the entry's list says the passage is marked.
  await expectSaved(app);
  await expect(app.getByRole('region', { name: 'Insights' })).not.toContainText('Passage removed');

  await reopen(app);
  await expect(highlight(app)).toHaveText('went quiet again');
  const panel = app.getByRole('region', { name: 'Insights' });
  await expect(panel.getByRole('button', { name: /^Breakthrough/ })).toContainText(
    'Felt — visceral · Uncomfortable',
  );

  // Typed before the passage and inside it: the mark stays on the same words.
  await editorBody(app).press('Control+Home');
  await app.keyboard.type('Today ');
  for (let i = 0; i < 'I went'.length; i++) await app.keyboard.press('ArrowRight');
  await app.keyboard.type(' very');
  await expect(editorBody(app)).toContainText('Today I went very quiet again when she');
  await expect(highlight(app)).toHaveText('went very quiet again');
  await reopen(app);
  await expect(highlight(app)).toHaveText('went very quiet again');

  // Clicking the highlight opens its insight.
  await highlight(app).click();
  const edit = app.getByRole('dialog', { name: 'Edit insight' });
  await expect(edit.getByRole('radio', { name: 'Uncomfortable' })).toBeChecked();
  await expect(edit.getByRole('checkbox', { name: GOAL })).toBeChecked();
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeHidden();

  // The goal's page lists it; from the Insights screen it opens its entry at the passage.
  await goTo(app, 'Goals');
  await app.getByRole('link', { name: GOAL }).click();
  await expect(app.getByRole('main')).toContainText('Silence is how I avoid the fight.');
  await goTo(app, 'Insights');
  const card = app.getByRole('main').getByRole('article', { name: /^Breakthrough,/ });
  await expect(card).toContainText('went quiet again');
  await card.getByRole('link').first().click();
  await expect(app.getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE);
  await expect(highlight(app)).toHaveText('went very quiet again');

  // Deleting the passage's words keeps the insight, shown as a removed passage.
  await highlight(app).click();
  await app
    .getByRole('dialog', { name: 'Edit insight' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await editorBody(app).press('Control+A');
  await app.keyboard.type('Nothing of it is left.');
  await expectSaved(app);
  await expect(highlight(app)).toHaveCount(0);
  await goTo(app, 'Insights');
  await expect(
    app.getByRole('main').getByRole('article', { name: /^Breakthrough,/ }),
  ).toContainText(/passage removed/i);
});
