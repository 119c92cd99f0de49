import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { goTo } from './navigation';

/** A local day `offset` days from today on the page's clock, `YYYY-MM-DD`. */
export const pageDay = (app: Page, offset = 0) =>
  app.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, offset);

/** How the page writes money and dates, in its own locale. */
export const pageMoney = (app: Page, amount: number, currency: string) =>
  app.evaluate(
    ([a, c]) => new Intl.NumberFormat(undefined, { style: 'currency', currency: c }).format(a),
    [amount, currency] as const,
  );

export const pageMediumDate = (app: Page, day: string) =>
  app.evaluate((d) => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(
      new Date(y, m - 1, dd),
    );
  }, day);

/** Creates a goal from the Goals screen and waits for its page. */
export async function createGoal(app: Page, title: string, words: string): Promise<void> {
  await goTo(app, 'Goals');
  await expect(app.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
  const newGoal = app.getByRole('button', { name: 'New goal' });
  if (await newGoal.isVisible()) await newGoal.click();
  await app.getByLabel('Title', { exact: true }).fill(title);
  await app.getByLabel('What progress looks like, in your words').fill(words);
  await app.getByRole('button', { name: 'Add goal' }).click();
  await expect(app.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

export async function addStep(app: Page, text: string): Promise<void> {
  await app.getByLabel('New step').fill(text);
  await app.getByRole('button', { name: 'Add step' }).click();
  await expect(app.getByRole('checkbox', { name: text })).toBeVisible();
}

export interface LoggedSession {
  minutes?: string;
  cost?: string;
  currency?: string;
  therapist?: string;
  homework?: Array<{ text: string; note?: string }>;
}

/** Logs a session dated today from the Sessions screen and waits for its page. */
export async function logSession(app: Page, session: LoggedSession): Promise<void> {
  await goTo(app, 'Sessions');
  await app.getByRole('link', { name: 'Log a session' }).click();
  await expect(app.getByRole('heading', { name: 'Log a session', level: 1 })).toBeVisible();
  if (session.minutes) await app.getByLabel('Length in minutes').fill(session.minutes);
  if (session.currency) await app.getByLabel('Currency').selectOption(session.currency);
  if (session.cost) await app.getByLabel('Cost', { exact: true }).fill(session.cost);
  if (session.therapist) await app.getByLabel('Therapist (optional)').fill(session.therapist);
  for (const [i, item] of (session.homework ?? []).entries()) {
    await app.getByRole('button', { name: 'Add homework' }).click();
    await app.getByLabel(`Homework ${i + 1}`, { exact: true }).fill(item.text);
    if (item.note) await app.getByLabel(`Note on homework ${i + 1}`).fill(item.note);
  }
  await app.getByRole('button', { name: 'Log session' }).click();
  await expect(app.getByRole('heading', { name: /^Session on /, level: 1 })).toBeVisible();
}

export interface WholeEntryInsight {
  kind: string;
  note?: string;
  goals?: string[];
  bringToSession?: boolean;
}

/** Describes an insight on the open entry with "Add insight to whole entry" and saves it. */
export async function addWholeEntryInsight(app: Page, insight: WholeEntryInsight): Promise<void> {
  const panel = app.getByRole('region', { name: 'Insights' });
  await panel.getByRole('button', { name: 'Add insight to whole entry' }).click();
  const form = app.getByRole('dialog', { name: 'Add insight to whole entry' });
  await form.getByRole('radio', { name: insight.kind }).check();
  if (insight.note) await form.getByLabel('Note').fill(insight.note);
  const goals = form.getByRole('group', { name: 'Goals it relates to' });
  for (const goal of insight.goals ?? []) await goals.getByRole('checkbox', { name: goal }).check();
  if (insight.bringToSession) {
    await form.getByRole('checkbox', { name: 'Bring to next session' }).check();
  }
  await form.getByRole('button', { name: 'Save insight' }).click();
  await expect(form).toBeHidden();
  await expect(panel.getByRole('status')).toHaveText(`${insight.kind} added to this entry.`);
}
