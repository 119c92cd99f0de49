import type { Page } from '@playwright/test';
import { QUESTIONS } from '../../../shared/therapy/instruments';
import type { Instrument } from '../../../shared/therapy/instruments';
import { expect } from '../fixtures';
import { goTo } from './navigation';

export const question = (app: Page, instrument: Instrument, n: number) =>
  app.getByRole('radiogroup', { name: QUESTIONS[instrument][n - 1]!, exact: true });

export async function startCheckIn(app: Page, instrument: Instrument): Promise<void> {
  await goTo(app, 'Check-ins');
  await app.getByRole('link', { name: `Take the ${instrument}` }).click();
  await expect(
    app.getByRole('heading', { name: `${instrument} self-check`, level: 1 }),
  ).toBeVisible();
}

/** Answers questions by their answer labels, in order (a label per question). */
export async function answerAll(app: Page, instrument: Instrument, labels: string[]) {
  for (const [i, label] of labels.entries()) {
    await question(app, instrument, i + 1)
      .getByRole('radio', { name: label, exact: true })
      .check();
  }
}

export const saveCheckIn = (app: Page) =>
  app.getByRole('button', { name: 'Save and see my score' }).click();
