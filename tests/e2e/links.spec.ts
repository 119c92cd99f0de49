import { expect, test } from './fixtures';
import { editorBody, expectSaved, newEntry } from './support/entry-steps';
import { createJournal } from './support/vault-steps';

test('a link in an entry opens only after the person confirms, and never by a plain click', async ({
  app,
  openedLinks,
}) => {
  await createJournal(app);
  await newEntry(app, 'Resources');
  await editorBody(app).click();
  await app.keyboard.type('grounding');
  await app.keyboard.press('Shift+Home');
  await app.getByRole('button', { name: 'Link', exact: true }).click();

  const address = app.getByLabel('Link address');
  await address.fill('javascript:alert(1)');
  await app.getByRole('button', { name: 'Apply' }).click();
  await expect(app.getByRole('alert')).toContainText('must start with https://');
  await address.fill('https://example.org/grounding');
  await app.getByRole('button', { name: 'Apply' }).click();
  const link = editorBody(app).getByRole('link', { name: 'grounding' });
  await expect(link).toHaveAttribute('href', 'https://example.org/grounding');
  await expectSaved(app);

  await link.click();
  await expect(app.getByRole('dialog')).toHaveCount(0);

  await link.click({ modifiers: ['ControlOrMeta'] });
  const dialog = app.getByRole('dialog', { name: 'Open this link in your web browser?' });
  await expect(dialog).toContainText('https://example.org/grounding');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await openedLinks()).toEqual([]);

  await link.click();
  await app.getByRole('button', { name: 'Open link…' }).click();
  await dialog.getByRole('button', { name: 'Open in browser' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await openedLinks()).toEqual(['https://example.org/grounding']);
});

test('the main process refuses to open anything but http(s) and mailto links', async ({
  app,
  openedLinks,
}) => {
  for (const url of [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,x',
    'smb://host/share',
  ]) {
    const result = await app.evaluate((u) => window.journal.app.openExternal({ url: u }), url);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  }
  expect(await openedLinks()).toEqual([]);
});
