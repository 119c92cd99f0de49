import { expect, test } from './fixtures';
import { goTo } from './support/navigation';
import { WORDS, seedReportJournal } from './support/seed-report';
import { unlock } from './support/vault-steps';
import type { Page } from '@playwright/test';

const preview = (app: Page) => app.getByRole('region', { name: 'Preview, as it will print' });
const sectionHeading = (app: Page, name: string) =>
  preview(app).getByRole('heading', { name, level: 2, exact: true });

test.describe('the progress report', () => {
  test.use({ prepareDataDir: async ({}, use) => use(seedReportJournal) });

  test('its preview holds the chosen sections and no word of a private entry or a summary body', async ({
    app,
  }) => {
    await unlock(app);
    await goTo(app, 'Progress report');
    await expect(app.getByRole('heading', { name: 'Progress report', level: 1 })).toBeVisible();
    await app.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 30 days' });

    for (const name of [
      'Summary',
      'Mood',
      'PHQ-9 and GAD-7',
      'Insights by kind',
      'Breakthroughs and small wins',
      'Goals',
      'Sessions, time and money',
      'Homework',
      'In my own words',
    ]) {
      await expect(sectionHeading(app, name)).toBeVisible();
    }
    await expect(app.getByRole('region', { name: 'What this shows' })).toContainText(
      '1 entry in full, 1 as a summary, 1 private left out',
    );
    await expect(preview(app)).toContainText(/Last 30 days:/);
    // The full entry shows by its title and its quote; the summary entry by its title.
    await expect(preview(app)).toContainText(WORDS.fullTitle);
    await expect(preview(app)).toContainText(WORDS.fullQuote);
    await expect(preview(app)).toContainText(WORDS.summaryTitle);
    await expect(preview(app).getByRole('table', { name: 'Mood each week' })).toBeVisible();
    await expect(preview(app).getByRole('table', { name: 'PHQ-9 self-checks' })).toBeVisible();
    await expect(preview(app)).toContainText('Tried or done: 1 of 2 set.');
    // The private entry's small win counts, without a word of it.
    await expect(preview(app)).toContainText('3, of which 1 breakthrough and 2 small wins');

    const html = await preview(app).evaluate((element) => element.outerHTML);
    const pageText = await app.locator('body').innerText();
    for (const word of [
      WORDS.privateTitle,
      WORDS.privateBody,
      WORDS.privateTag,
      WORDS.privateNote,
      WORDS.summaryBody,
    ]) {
      expect(html, word).not.toContain(word);
      expect(pageText, word).not.toContain(word);
    }

    await app
      .getByRole('textbox', { name: 'In my own words' })
      .fill('I feel steadier than in spring.');
    await expect(preview(app)).toContainText('I feel steadier than in spring.');

    // A custom period that ends before it starts is explained, and nothing is lost.
    await app.getByLabel('Period', { exact: true }).selectOption({ label: 'Choose dates' });
    await app.getByLabel('From', { exact: true }).fill('2025-03-10');
    await app.getByLabel('To', { exact: true }).fill('2025-03-01');
    await expect(app.getByText('The period must end on or after its first day.')).toBeVisible();
  });

  test('unchecked sections leave the preview, and the choice survives a relaunch', async ({
    app,
    relaunch,
  }) => {
    await unlock(app);
    await goTo(app, 'Progress report');
    await expect(sectionHeading(app, 'Mood')).toBeVisible();
    await app.getByRole('checkbox', { name: 'Mood', exact: true }).uncheck();
    await app.getByRole('checkbox', { name: 'Homework', exact: true }).uncheck();
    await expect(sectionHeading(app, 'Mood')).toHaveCount(0);
    await expect(sectionHeading(app, 'Homework')).toHaveCount(0);
    await expect(sectionHeading(app, 'Goals')).toBeVisible();
    await app.getByRole('checkbox', { name: 'Leave private entries out of charts too' }).check();
    await app.getByLabel('Paper', { exact: true }).selectOption('Letter');
    await expect(preview(app).getByRole('article', { name: 'Progress report' })).toHaveAttribute(
      'data-paper',
      'Letter',
    );

    const again = await relaunch();
    await unlock(again);
    await goTo(again, 'Progress report');
    await expect(sectionHeading(again, 'Goals')).toBeVisible();
    await expect(again.getByRole('checkbox', { name: 'Mood', exact: true })).not.toBeChecked();
    await expect(again.getByRole('checkbox', { name: 'Homework', exact: true })).not.toBeChecked();
    await expect(again.getByRole('checkbox', { name: 'Summary', exact: true })).toBeChecked();
    await expect(
      again.getByRole('checkbox', { name: 'Leave private entries out of charts too' }),
    ).toBeChecked();
    await expect(again.getByLabel('Paper', { exact: true })).toHaveValue('Letter');
    await expect(sectionHeading(again, 'Mood')).toHaveCount(0);
    await expect(sectionHeading(again, 'Homework')).toHaveCount(0);
    // The private entry's small win no longer counts.
    await expect(preview(again)).toContainText('2, of which 1 breakthrough and 1 small win');
  });
});
