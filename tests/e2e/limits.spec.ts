import { expect, test } from './fixtures';
import { editorBody, expectSaved, newEntry, timelineEntry } from './support/entry-steps';
import { createJournal, lock, unlock } from './support/vault-steps';

test('a title stops at its limit and says so', async ({ app }) => {
  await createJournal(app);
  await newEntry(app, 'Short');
  const title = app.getByLabel('Title', { exact: true });
  await title.fill('t'.repeat(1_010));
  await expect(title).toHaveValue('t'.repeat(1_000));
  await expect(app.getByText('A title can be up to 1,000 characters.')).toBeVisible();
  await expectSaved(app);
});

test('a paste that would make the text too long is refused whole, and nothing else changes', async ({
  app,
}) => {
  await createJournal(app);
  await newEntry(app, 'Before the paste');
  await editorBody(app).click();
  await app.keyboard.type('My own words stay as they are.');
  await expectSaved(app);
  await editorBody(app).evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'a'.repeat(1_000_001));
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(app.getByRole('alert')).toContainText('That is too much to paste here');
  await expect(editorBody(app)).toHaveText('My own words stay as they are.');
  await lock(app);
  await unlock(app);
  await timelineEntry(app, /Before the paste/).click();
  await expect(editorBody(app)).toHaveText('My own words stay as they are.');
});
