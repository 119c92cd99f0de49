import { expect, test } from './fixtures';
import {
  addTag,
  editorBody,
  expectSaved,
  newEntry,
  search,
  timelineEntry,
} from './support/entry-steps';
import { createJournal, lock, unlock } from './support/vault-steps';
import { goTo } from './support/navigation';

test.beforeEach(async ({ app }) => {
  await createJournal(app);
});

test('an entry with formatting, tags and mood survives lock and unlock', async ({ app }) => {
  await newEntry(app, 'After Tuesday’s session');
  await app.getByLabel('Mood', { exact: true }).selectOption('7');
  await app.getByLabel('Share level').selectOption('summary');
  await addTag(app, 'boundaries');
  await addTag(app, 'work');

  const body = editorBody(app);
  await body.click();
  await app.keyboard.type('## What clicked');
  await app.keyboard.press('Enter');
  await app.keyboard.type('I noticed I ');
  await app.getByRole('button', { name: 'Bold' }).click();
  await app.keyboard.type('avoid conflict');
  await app.getByRole('button', { name: 'Bold' }).click();
  await app.keyboard.type(' with my manager.');
  await app.keyboard.press('Enter');
  await app.getByRole('button', { name: 'Checklist' }).click();
  await app.keyboard.type('Say no once this week');
  await expectSaved(app);

  await lock(app);
  await unlock(app);
  await timelineEntry(app, /After Tuesday’s session/).click();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('After Tuesday’s session');
  await expect(app.getByLabel('Mood', { exact: true })).toHaveValue('7');
  await expect(app.getByLabel('Share level')).toHaveValue('summary');
  await expect(app.getByRole('button', { name: 'Remove tag boundaries' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Remove tag work' })).toBeVisible();
  await expect(editorBody(app).getByRole('heading', { name: 'What clicked' })).toBeVisible();
  await expect(editorBody(app).locator('strong')).toHaveText('avoid conflict');
  await expect(editorBody(app).getByRole('checkbox')).toHaveCount(1);
  await expect(editorBody(app)).toContainText('Say no once this week');
});

test('search finds an entry by a body word and by a misspelt prefix, and highlights it', async ({
  app,
}) => {
  await newEntry(app, 'Sunday');
  await editorBody(app).click();
  await app.keyboard.type('The anxiety before the family dinner eased once I named it.');
  await expectSaved(app);
  await newEntry(app, 'Monday');
  await editorBody(app).click();
  await app.keyboard.type('A calm walk by the river.');
  await expectSaved(app);

  await search(app, 'dinner');
  await expect(app.getByRole('status').filter({ hasText: '1 entry found' })).toBeVisible();
  await expect(timelineEntry(app, /Sunday/)).toBeVisible();
  await expect(timelineEntry(app, /Sunday/).locator('mark')).toContainText(['dinner']);

  await search(app, 'anxei');
  await expect(timelineEntry(app, /Sunday/)).toBeVisible();
  await expect(timelineEntry(app, /Monday/)).toHaveCount(0);

  await search(app, '');
  await expect(timelineEntry(app, /Monday/)).toBeVisible();
});

test('filters narrow the timeline: tag, mood range, dates and share level', async ({ app }) => {
  await newEntry(app, 'Low day');
  await app.getByLabel('Mood', { exact: true }).selectOption('2');
  await addTag(app, 'sleep');
  await expectSaved(app);
  await newEntry(app, 'Good day');
  await app.getByLabel('Mood', { exact: true }).selectOption('8');
  await app.getByLabel('Date', { exact: true }).fill('2026-01-15');
  await app.getByLabel('Share level').selectOption('full');
  await expectSaved(app);

  const filters = app.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Tag').selectOption('sleep');
  await expect(timelineEntry(app, /Low day/)).toBeVisible();
  await expect(timelineEntry(app, /Good day/)).toHaveCount(0);
  await app.getByRole('button', { name: 'Clear filters' }).click();

  await filters.getByLabel('Mood from').selectOption('5');
  await expect(timelineEntry(app, /Good day/)).toBeVisible();
  await expect(timelineEntry(app, /Low day/)).toHaveCount(0);
  await app.getByRole('button', { name: 'Clear filters' }).click();

  await filters.getByLabel('To', { exact: true }).fill('2026-02-01');
  await expect(timelineEntry(app, /Good day/)).toBeVisible();
  await expect(timelineEntry(app, /Low day/)).toHaveCount(0);
  await app.getByRole('button', { name: 'Clear filters' }).click();

  await filters.getByLabel('Shared as').selectOption('private');
  await expect(timelineEntry(app, /Low day/)).toBeVisible();
  await expect(timelineEntry(app, /Good day/)).toHaveCount(0);
});

test('a filter chosen right after an edit is not undone by the edit’s refresh', async ({ app }) => {
  await newEntry(app, 'Edited just now');
  await app.getByLabel('Mood', { exact: true }).selectOption('3');
  await expectSaved(app);
  await newEntry(app, 'Older one');
  await app.getByLabel('Date', { exact: true }).fill('2026-01-10');
  // No wait for the save: the timeline refresh it schedules lands after the filter below.
  await app
    .getByRole('group', { name: 'Filters' })
    .getByLabel('To', { exact: true })
    .fill('2026-02-01');
  await app.waitForTimeout(800);
  await expect(timelineEntry(app, /Older one/)).toBeVisible();
  await expect(timelineEntry(app, /Edited just now/)).toHaveCount(0);
});

test('renaming a tag updates every entry; deleting an entry can be undone', async ({ app }) => {
  await newEntry(app, 'First');
  await addTag(app, 'anxiety');
  await expectSaved(app);
  await newEntry(app, 'Second');
  await addTag(app, 'anxiety');
  await expectSaved(app);

  await goTo(app, 'Tags');
  await expect(app.getByRole('row', { name: /anxiety 2/ })).toBeVisible();
  await app.getByRole('button', { name: 'Rename anxiety' }).click();
  await app.getByLabel('New name for anxiety').fill('worry');
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('row', { name: /worry 2/ })).toBeVisible();

  await goTo(app, 'Journal');
  for (const title of ['First', 'Second']) {
    await timelineEntry(app, new RegExp(title)).click();
    await expect(app.getByRole('button', { name: 'Remove tag worry' })).toBeVisible();
  }

  await app.getByRole('button', { name: 'Delete entry' }).click();
  await expect(timelineEntry(app, /Second/)).toHaveCount(0);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(timelineEntry(app, /Second/)).toBeVisible();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('Second');
});

test('the calendar marks days with entries and opens a day', async ({ app }) => {
  await newEntry(app, 'Today’s page');
  await app.getByLabel('Mood', { exact: true }).selectOption('6');
  await expectSaved(app);
  await app.getByRole('button', { name: 'Calendar' }).click();
  const day = app.getByRole('button', { name: /: 1 entry, mood 6/ });
  await expect(day).toBeVisible();
  await day.click();
  await expect(timelineEntry(app, /Today’s page/)).toBeVisible();
});

test('keyboard: new entry, search, next and previous, and the shortcuts dialog', async ({
  app,
}) => {
  await app.keyboard.press('Control+N');
  await expect(app.getByLabel('Title', { exact: true })).toBeFocused();
  await app.keyboard.type('Keyboard one');
  await expectSaved(app);
  await app.keyboard.press('Control+N');
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('');
  await expect(app.getByLabel('Title', { exact: true })).toBeFocused();
  await app.keyboard.type('Keyboard two');
  await expectSaved(app);

  await app.keyboard.press('Alt+ArrowDown');
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('Keyboard one');
  await app.keyboard.press('Alt+ArrowUp');
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('Keyboard two');

  await app.keyboard.press('Control+F');
  await expect(app.getByRole('searchbox', { name: 'Search' })).toBeFocused();

  await app.keyboard.press('F1');
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('New entry');
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
