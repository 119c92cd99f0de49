import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';
import { goTo } from '../e2e/support/navigation';
import { seedJournalWith } from '../e2e/support/seed-therapy';
import { unlock } from '../e2e/support/vault-steps';
import { fillDemoJournal } from './demo-journal';

const docs = path.resolve(import.meta.dirname, '..', '..', 'docs');

test.use({
  prepareDataDir: async ({}, use) => use((dir) => seedJournalWith(dir, fillDemoJournal)),
});

async function shoot(app: Page, name: string, theme: 'light' | 'dark' = 'light') {
  await app.emulateMedia({ colorScheme: theme });
  // Fonts and charts settle before the picture.
  await app.evaluate(() => document.fonts.ready.then(() => undefined));
  await app.screenshot({ path: path.join(docs, `${name}.png`), fullPage: false });
}

test('the README screenshots', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 860 });
  await unlock(app);
  await expect(app.getByText('Next session in 3 days')).toBeVisible();
  await shoot(app, 'journal');

  await goTo(app, 'Prepare for session');
  await expect(app.getByRole('heading', { name: 'Prepare for session', level: 1 })).toBeVisible();
  await shoot(app, 'prepare-for-session');

  await goTo(app, 'Progress report');
  await expect(app.getByRole('heading', { name: 'Progress report', level: 1 })).toBeVisible();
  await shoot(app, 'progress-report');
});
