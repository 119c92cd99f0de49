import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goTo } from './support/navigation';
import { PRIVATE_WORDS, SEEDED, seedPrepJournal } from './support/prep-seed';
import { seedJournalWith } from './support/seed-therapy';
import { pageDay, pageMediumDate } from './support/therapy-steps';
import { createJournal, unlock } from './support/vault-steps';

const valuesOf = (fields: Locator) =>
  fields.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

/** Screenshots for a person to look at, only when asked: `PREP_SHOTS=1`. */
const shot = async (app: Page, name: string) => {
  if (process.env.PREP_SHOTS)
    await app.screenshot({ path: `/tmp/prep-${name}.png`, fullPage: true });
};

test.describe('preparing for a session', () => {
  test.use({
    prepareDataDir: async ({}, use) => use((dir) => seedJournalWith(dir, seedPrepJournal)),
  });

  test('a note drafted from the journal, edited, its topics reordered by keyboard, saved on the session and changed again', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    await unlock(app);
    await app.getByRole('link', { name: 'Prepare a note for it' }).click();
    await expect(app.getByRole('heading', { name: 'Prepare for session', level: 1 })).toBeVisible();

    // The draft: both insights to bring (breakthroughs first), the open and tried homework.
    const draft = app.getByLabel('From your journal');
    const text = await draft.inputValue();
    expect(text).toContain('### Breakthroughs');
    expect(text.indexOf(SEEDED.breakthrough)).toBeLessThan(text.indexOf(SEEDED.smallWin));
    expect(text).toContain(`“${SEEDED.quote}”`);
    expect(text).toContain(`- Open: ${SEEDED.homeworkOpen}`);
    expect(text).toContain(`- Tried: ${SEEDED.homeworkTried}`);
    expect(text).toContain('PHQ-9');

    const preview = app.getByRole('article', { name: 'Prep note as it will print' });
    const nextDay = await pageMediumDate(app, SEEDED.nextSession);
    await expect(preview.getByRole('heading', { level: 3 })).toHaveText(
      `Prep note for the session on ${nextDay}`,
    );
    await expect(preview).toContainText(SEEDED.breakthrough);
    await expect(
      app.getByText('What this shows: 1 entry in full, 1 as a summary, 1 private left out.'),
    ).toBeVisible();
    // Not a word of the private entry anywhere on the page, preview included.
    const html = await app.content();
    for (const word of Object.values(PRIVATE_WORDS)) expect(html).not.toContain(word);
    await shot(app, 'draft-light');

    await draft.fill(`${text}\nAlso: the call with Mum on Sunday.`);
    await app.getByLabel('The one thing I most want to talk about').fill('Why I freeze at work');

    // Topics: added with Enter, reordered with Alt+arrows and with the buttons.
    const newTopic = app.getByLabel('New topic');
    for (const topic of ['Work', 'Sleep', 'Money']) {
      await newTopic.fill(topic);
      await newTopic.press('Enter');
    }
    const topics = app.getByRole('list', { name: 'Topics' }).getByRole('textbox');
    await expect(topics).toHaveCount(3);
    await topics.nth(2).focus();
    await app.keyboard.press('Alt+ArrowUp');
    await app.keyboard.press('Alt+ArrowUp');
    await expect(app.getByText('“Money” is now 1 of 3.')).toBeAttached();
    await expect(app.getByLabel('Topic 1 of 3')).toBeFocused();
    await expect(app.getByLabel('Topic 1 of 3')).toHaveValue('Money');
    await app.getByRole('button', { name: 'Move “Work” down' }).click();
    await expect(app.getByText('“Work” is now 3 of 3.')).toBeAttached();
    await expect.poll(() => valuesOf(topics)).toEqual(['Money', 'Sleep', 'Work']);
    await app.getByRole('button', { name: 'Remove “Sleep”' }).click();
    await expect.poll(() => valuesOf(topics)).toEqual(['Money', 'Work']);
    await app.getByLabel('How I feel about therapy itself right now').fill('Slow, but it helps.');

    await expect(preview.getByRole('list').first()).toHaveText(/Money\s*Work/);
    await expect(app.getByLabel('Session date')).toHaveValue(SEEDED.nextSession);
    await app.getByRole('button', { name: 'Save as prep note' }).click();
    const nextLong = await app.evaluate((d) => {
      const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
      return new Intl.DateTimeFormat(undefined, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }).format(new Date(y, m - 1, dd));
    }, SEEDED.nextSession);
    await expect(app.getByRole('status').filter({ hasText: 'Saved.' })).toContainText(
      `Saved. Prep note for the session on ${nextLong}.`,
    );
    await shot(app, 'saved-light');
    if (process.env.PREP_SHOTS) {
      await preview.screenshot({ path: '/tmp/prep-preview-light.png' });
      await app
        .getByRole('group', { name: 'Topics in priority order' })
        .screenshot({ path: '/tmp/prep-topics-light.png' });
      await app.emulateMedia({ colorScheme: 'dark' });
      await preview.screenshot({ path: '/tmp/prep-preview-dark.png' });
      await app
        .getByRole('form', { name: 'Prep note' })
        .screenshot({ path: '/tmp/prep-form-dark.png' });
      await app.emulateMedia({ colorScheme: 'light' });
    }

    // On the session it now belongs to (created for that day).
    await app.getByRole('link', { name: 'Open the session' }).click();
    await expect(
      app.getByRole('heading', { name: `Session on ${nextLong}`, level: 1 }),
    ).toBeVisible();
    const prepared = app.getByRole('region', { name: 'Prepared beforehand' });
    if (process.env.PREP_SHOTS) {
      await prepared.scrollIntoViewIfNeeded();
      await prepared.screenshot({ path: '/tmp/prep-session-light.png' });
    }
    await expect(prepared).toContainText('Why I freeze at work');
    await expect(
      prepared.getByRole('heading', { name: 'The one thing I most want to talk about' }),
    ).toBeVisible();
    await expect(prepared.getByRole('list').first().getByRole('listitem')).toHaveText([
      'Money',
      'Work',
    ]);
    await expect(prepared).toContainText('Also: the call with Mum on Sunday.');

    // Reopened: the fields come back as saved, and a change replaces the note.
    await app.getByRole('link', { name: 'Change the prep note' }).click();
    await expect(
      app.getByText(/You are changing the prep note saved for the session on/),
    ).toBeVisible();
    await expect(app.getByLabel('The one thing I most want to talk about')).toHaveValue(
      'Why I freeze at work',
    );
    await expect.poll(() => valuesOf(topics)).toEqual(['Money', 'Work']);
    await expect(app.getByLabel('From your journal')).toHaveValue(/the call with Mum on Sunday/);
    await app.getByLabel('The one thing I most want to talk about').fill('Saying no to my boss');
    await app.getByRole('button', { name: 'Save as prep note' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await app.getByRole('link', { name: 'Open the session' }).click();
    await expect(app.getByRole('region', { name: 'Prepared beforehand' })).toContainText(
      'Saying no to my boss',
    );
    await goTo(app, 'Sessions');
    await expect(app.getByRole('table').getByRole('row')).toHaveCount(3);

    // Another day's note, then back to the first day: saving there would replace its note.
    await goTo(app, 'Prepare for session');
    await app.getByLabel('Session date').fill(await pageDay(app, 4));
    await app.getByRole('button', { name: 'Save as prep note' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await app.getByLabel('Session date').fill(SEEDED.nextSession);
    await expect(app.getByText(/already has a prep note: saving replaces it/)).toBeVisible();
    await app.getByRole('link', { name: 'Open that note instead' }).click();
    await expect(app.getByLabel('The one thing I most want to talk about')).toHaveValue(
      'Saying no to my boss',
    );

    if (process.env.PREP_SHOTS) {
      await goTo(app, 'Prepare for session');
      await app.emulateMedia({ colorScheme: 'dark' });
      await expect(app.getByLabel('From your journal')).toBeVisible();
      await shot(app, 'reopened-dark');
      await goTo(app, 'Journal');
      await shot(app, 'journal-dark');
    }
  });

  test('a day already past is refused with a reason, and nothing typed is lost', async ({
    app,
  }) => {
    await unlock(app);
    await goTo(app, 'Prepare for session');
    await app.getByLabel('The one thing I most want to talk about').fill('Sleep');
    await app.getByLabel('Session date').fill(SEEDED.lastSession);
    await app.getByRole('button', { name: 'Save as prep note' }).click();
    await expect(app.getByRole('alert')).toHaveText(/That day has passed/);
    await expect(app.getByLabel('The one thing I most want to talk about')).toHaveValue('Sleep');
  });
});

test('with nothing written yet the screen says what it is for', async ({ app }) => {
  await createJournal(app);
  await goTo(app, 'Prepare for session');
  await expect(
    app.getByText(/This screen gathers a note to take to your next session/),
  ).toBeVisible();
  await shot(app, 'empty-light');
});
