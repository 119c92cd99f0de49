import {
  ATTRIBUTION,
  DIFFICULTY_QUESTION,
  MEANINGFUL_CHANGE_NOTE,
  STEMS,
} from '../../shared/therapy/instruments';
import { expect, test } from './fixtures';
import { answerAll, question, saveCheckIn, startCheckIn } from './support/check-in-steps';
import { goTo } from './support/navigation';
import { addPlanContact, expectPlanSaved, openSafetyPlan } from './support/safety-plan-steps';
import { createJournal } from './support/vault-steps';

const all = (label: string, count: number) => Array<string>(count).fill(label);

test('PHQ-9 item 9 brings up the person’s own safety plan before any score, and it stays above it', async ({
  app,
}) => {
  await createJournal(app);
  await openSafetyPlan(app);
  await addPlanContact(app, 'professional or service', 1, {
    name: 'My night line',
    phone: '0800 123 456',
  });
  await expectPlanSaved(app);

  await startCheckIn(app, 'PHQ-9');
  await expect(app.getByText(STEMS['PHQ-9'], { exact: true })).toBeVisible();
  await expect(app.getByText(ATTRIBUTION, { exact: true })).toBeVisible();
  await expect(app.getByRole('radiogroup', { name: DIFFICULTY_QUESTION })).toBeVisible();

  // The keyboard alone: into the group, arrows to choose.
  await question(app, 'PHQ-9', 1).getByRole('radio', { name: 'Not at all' }).focus();
  await app.keyboard.press('ArrowRight');
  await expect(
    question(app, 'PHQ-9', 1).getByRole('radio', { name: 'Several days' }),
  ).toBeChecked();
  await app.keyboard.press('Tab');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await expect(
    question(app, 'PHQ-9', 2).getByRole('radio', { name: 'More than half the days' }),
  ).toBeChecked();

  for (let n = 3; n <= 8; n++) {
    await question(app, 'PHQ-9', n).getByRole('radio', { name: 'Several days' }).check();
  }
  const card = app.getByRole('region', { name: 'Your safety plan' });
  await expect(card).toHaveCount(0);
  await question(app, 'PHQ-9', 9).getByRole('radio', { name: 'Several days' }).check();
  // Right away, before saving and before any score.
  await expect(card).toBeVisible();
  await expect(card).toContainText('My night line');
  await expect(card).toContainText('0800 123 456');
  await expect(card).toContainText('tell your therapist, or call a crisis line, now');
  await expect(card).toContainText('This app does not contact anyone.');
  await expect(app.getByText(/out of 27/)).toHaveCount(0);
  // Back to "Not at all": the card goes; any other answer brings it back.
  await question(app, 'PHQ-9', 9).getByRole('radio', { name: 'Not at all' }).check();
  await expect(card).toHaveCount(0);
  await question(app, 'PHQ-9', 9).getByRole('radio', { name: 'Nearly every day' }).check();
  await expect(card).toBeVisible();

  await app
    .getByRole('radiogroup', { name: DIFFICULTY_QUESTION })
    .getByRole('radio', { name: 'Somewhat difficult' })
    .check();
  await saveCheckIn(app);
  // 1 + 2 + 6 × 1 + 3 = 12: moderate.
  const result = app.getByRole('region', { name: 'Your PHQ-9 score' });
  await expect(result).toContainText('12 out of 27: Moderate');
  await expect(result).toContainText('This is a self-check, not a diagnosis.');
  await expect(result).toContainText('This is your first PHQ-9 here.');
  await expect(app.getByRole('heading', { name: 'Your PHQ-9 score' })).toBeFocused();
  await expect(card).toContainText('0800 123 456');
  const [cardBox, resultBox] = [await card.boundingBox(), await result.boundingBox()];
  expect(cardBox!.y + cardBox!.height).toBeLessThanOrEqual(resultBox!.y);
});

test('an empty safety plan is named as such on the card, with the way to write one', async ({
  app,
}) => {
  await createJournal(app);
  await startCheckIn(app, 'PHQ-9');
  await question(app, 'PHQ-9', 9).getByRole('radio', { name: 'More than half the days' }).check();
  const card = app.getByRole('region', { name: 'Your safety plan' });
  await expect(card).toContainText('You have not written a safety plan yet.');
  await card.getByRole('link', { name: 'Write your safety plan' }).click();
  await expect(app.getByRole('heading', { name: 'Safety plan', level: 1 })).toBeVisible();
});

test('a check-in with questions left unanswered is not saved, and says which', async ({ app }) => {
  await createJournal(app);
  await startCheckIn(app, 'GAD-7');
  await answerAll(app, 'GAD-7', ['Not at all', 'Several days']);
  await question(app, 'GAD-7', 4).getByRole('radio', { name: 'Several days' }).check();
  await saveCheckIn(app);
  await expect(app.getByRole('alert')).toHaveText(
    'Answer every question to see your score: questions 3, 5, 6 and 7 are not answered yet.',
  );
  await expect(question(app, 'GAD-7', 3).getByRole('radio', { name: 'Not at all' })).toBeFocused();
  await expect(question(app, 'GAD-7', 3)).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByRole('region', { name: 'Your GAD-7 score' })).toHaveCount(0);
  await answerAll(app, 'GAD-7', all('Not at all', 7));
  await saveCheckIn(app);
  await expect(app.getByRole('region', { name: 'Your GAD-7 score' })).toContainText(
    '0 out of 21: Minimal',
  );
});

test('scores, a second check-in within two weeks, the change, and the trend of both', async ({
  app,
}) => {
  await createJournal(app);
  await goTo(app, 'Check-ins');
  await expect(app.getByText('Not taken yet.')).toHaveCount(2);

  await startCheckIn(app, 'GAD-7');
  await expect(app.getByText(/Both questionnaires ask about the last two weeks/)).toHaveCount(0);
  await answerAll(app, 'GAD-7', all('More than half the days', 7));
  await saveCheckIn(app);
  await expect(app.getByRole('region', { name: 'Your GAD-7 score' })).toContainText(
    '14 out of 21: Moderate',
  );

  await startCheckIn(app, 'GAD-7');
  await expect(
    app.getByText(
      /You took the GAD-7 earlier today\. Both questionnaires ask about the last two weeks/,
    ),
  ).toBeVisible();
  await answerAll(app, 'GAD-7', all('Several days', 7));
  await saveCheckIn(app);
  const result = app.getByRole('region', { name: 'Your GAD-7 score' });
  await expect(result).toContainText('7 out of 21: Mild');
  await expect(result).toContainText(
    /Since your first GAD-7 \(.+, score 14\): 7 points lower — a change of this size is usually counted as meaningful\./,
  );
  await expect(result).toContainText(MEANINGFUL_CHANGE_NOTE);

  await startCheckIn(app, 'PHQ-9');
  await expect(app.getByText(/Both questionnaires ask about/)).toHaveCount(0);
  await answerAll(app, 'PHQ-9', all('Not at all', 9));
  await saveCheckIn(app);
  await app.getByRole('link', { name: 'Back to check-ins' }).click();

  await expect(app.getByRole('img', { name: /^GAD-7 scores over time/ })).toBeVisible();
  await expect(app.getByRole('img', { name: /^PHQ-9 scores over time/ })).toBeVisible();
  const gad = app.getByRole('table', { name: /Your GAD-7 check-ins/ });
  const phq = app.getByRole('table', { name: /Your PHQ-9 check-ins/ });
  const rows = (table: typeof gad) => table.getByRole('row').filter({ has: app.getByRole('cell') });
  await expect(rows(gad)).toHaveCount(2);
  await expect(rows(gad).nth(0)).toContainText('14Moderatefirst');
  await expect(rows(gad).nth(1)).toContainText('7Mild−7 (meaningful)');
  await expect(rows(phq)).toHaveCount(1);
  await expect(rows(phq).nth(0)).toContainText('0Minimalfirst');

  await gad.getByRole('button', { name: /^Delete the GAD-7 of .+, score 14$/ }).click();
  await expect(gad.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await gad.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(app.getByRole('status')).toContainText(/Deleted the GAD-7 of/);
  await expect(rows(gad)).toHaveCount(1);
  await expect(rows(gad).nth(0)).toContainText('7Mildfirst');
});
