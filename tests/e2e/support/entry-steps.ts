import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

export const editorBody = (app: Page) => app.getByRole('textbox', { name: 'Entry text' });

/** Starts a new entry and fills its title; returns once the title is saved. */
export async function newEntry(app: Page, title: string): Promise<void> {
  await app.getByRole('button', { name: 'New entry' }).click();
  // The new entry's editor takes focus once the main process has created it.
  const titleField = app.getByLabel('Title', { exact: true });
  await expect(titleField).toBeFocused();
  await expect(titleField).toHaveValue('');
  await titleField.fill(title);
  await expectSaved(app);
}

export async function expectSaved(app: Page): Promise<void> {
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

export async function addTag(app: Page, tag: string): Promise<void> {
  const input = app.getByLabel('Tags', { exact: true });
  await input.fill(tag);
  await input.press('Enter');
  await expect(app.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
}

/** The entry rows in the timeline, by their visible titles. */
export const timelineEntry = (app: Page, title: string | RegExp) =>
  app.getByRole('list', { name: 'Entries' }).getByRole('button', { name: title });

export async function search(app: Page, text: string): Promise<void> {
  await app.getByRole('searchbox', { name: 'Search' }).fill(text);
}
