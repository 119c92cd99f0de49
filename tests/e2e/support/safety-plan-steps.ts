import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { goTo } from './navigation';

export async function openSafetyPlan(app: Page): Promise<void> {
  await goTo(app, 'Safety plan');
  await expect(app.getByRole('heading', { name: 'Safety plan', level: 1 })).toBeVisible();
}

/** Adds a one-line item with the section's Add button; the new field takes focus. */
export async function addPlanItem(app: Page, noun: string, text: string): Promise<void> {
  await app.getByRole('button', { name: `Add ${noun}`, exact: true }).click();
  await expect(app.getByRole('textbox').and(app.locator(':focus'))).toBeVisible();
  await app.keyboard.type(text);
}

/** Adds a person, place or service; `n` is its number in the section (from 1). */
export async function addPlanContact(
  app: Page,
  noun: string,
  n: number,
  contact: { name: string; phone?: string; note?: string },
): Promise<void> {
  await app.getByRole('button', { name: `Add ${noun}`, exact: true }).click();
  const group = app.getByRole('group', { name: `${capital(noun)} ${n}`, exact: true });
  await expect(group.getByRole('textbox').first()).toBeFocused();
  await group.getByRole('textbox').first().fill(contact.name);
  if (contact.phone) await group.getByLabel('Phone', { exact: true }).fill(contact.phone);
  if (contact.note) await group.getByLabel('Note', { exact: true }).fill(contact.note);
}

export async function expectPlanSaved(app: Page): Promise<void> {
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
