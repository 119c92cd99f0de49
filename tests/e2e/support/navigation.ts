import type { Page } from '@playwright/test';

/** A screen's link in the sidebar, found by its accessible name. */
export const navLink = (app: Page, name: string) =>
  app.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** Opens a screen from the sidebar. */
export async function goTo(app: Page, name: string): Promise<void> {
  await navLink(app, name).click();
}
