import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { timelineEntry } from '../e2e/support/entry-steps';
import { goTo } from '../e2e/support/navigation';
import { seedJournalWith } from '../e2e/support/seed-therapy';
import { unlock } from '../e2e/support/vault-steps';
import { fillDemoJournal } from './demo-journal';

const docs = path.resolve(import.meta.dirname, '..', '..', 'docs');

test.use({
  prepareDataDir: async ({}, use) => use((dir) => seedJournalWith(dir, fillDemoJournal)),
});

/** The picture starts at `top` when given (the app scrolls inside its main area, not the page). */
async function shoot(app: Page, name: string, top?: Locator) {
  if (top) await top.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  // Fonts settle before the picture.
  await app.evaluate(() => document.fonts.ready.then(() => undefined));
  await app.screenshot({ path: path.join(docs, `${name}.png`) });
}

test('the README screenshots', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 860 });
  await unlock(app);
  await expect(app.getByText('Next session in 3 days')).toBeVisible();
  await timelineEntry(app, 'Lunch with Sam').click();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('Lunch with Sam');
  await shoot(app, 'journal');

  await goTo(app, 'Prepare for session');
  await expect(app.getByRole('heading', { name: 'Prepare for session', level: 1 })).toBeVisible();
  await app
    .getByLabel('The one thing I most want to talk about')
    .fill('Why I keep avoiding my brother.');
  for (const topic of ['The forty-minute email', 'Sleep']) {
    await app.getByLabel('New topic').fill(topic);
    await app.getByLabel('New topic').press('Enter');
  }
  const note = app.getByRole('article', { name: 'Prep note as it will print' });
  await expect(note).toContainText('Why I keep avoiding my brother.');
  await shoot(
    app,
    'prepare-for-session',
    app.getByRole('heading', { name: 'Preview', exact: true }),
  );

  await goTo(app, 'Progress report');
  await expect(app.getByRole('heading', { name: 'Progress report', level: 1 })).toBeVisible();
  await app.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 90 days' });
  await expect(app.getByRole('table', { name: 'Mood each week' })).toBeVisible();
  await shoot(app, 'progress-report', app.getByRole('heading', { name: 'What this shows' }));
});
