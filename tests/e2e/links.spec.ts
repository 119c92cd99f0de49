import { expect, test } from './fixtures';
import { editorBody, expectSaved, newEntry } from './support/entry-steps';
import { createJournal } from './support/vault-steps';

test('a link in an entry opens only after the person confirms twice, and never by a plain click', async ({
  app,
  openedLinks,
  linkQuestions,
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

  expect(await linkQuestions.asked()).toEqual([]);

  // Confirmed in the page, declined in main's own (native) dialog: nothing opens.
  await link.click();
  await app.getByRole('button', { name: 'Open link…' }).click();
  await dialog.getByRole('button', { name: 'Open in browser' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => linkQuestions.asked()).toEqual(['https://example.org/grounding']);
  expect(await openedLinks()).toEqual([]);

  await linkQuestions.answer(true);
  await link.click();
  await app.getByRole('button', { name: 'Open link…' }).click();
  await dialog.getByRole('button', { name: 'Open in browser' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => openedLinks()).toEqual(['https://example.org/grounding']);
});

test('a page that skips its own confirmation still meets main’s, which shows the whole address', async ({
  app,
  openedLinks,
  linkQuestions,
}) => {
  const open = (url: string) =>
    app.evaluate((u) => window.journal.app.openExternal({ url: u }), url);
  expect(await open('https://example.org/a?b=c')).toEqual({ ok: true, value: undefined });
  expect(await linkQuestions.asked()).toEqual(['https://example.org/a?b=c']);
  expect(await openedLinks()).toEqual([]);

  await linkQuestions.answer(true);
  // A mail link loses its query: no attached files, no prefilled text.
  await open('mailto:someone@example.org?attach=/etc/passwd&body=x');
  expect(await linkQuestions.asked()).toEqual([
    'https://example.org/a?b=c',
    'mailto:someone@example.org',
  ]);
  expect(await openedLinks()).toEqual(['mailto:someone@example.org']);

  // A user name or password in the address can disguise its host: refused before any question.
  for (const url of ['https://bank.example@evil.example/', 'https://user:pw@example.org/']) {
    expect(await open(url)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  expect(await linkQuestions.asked()).toHaveLength(2);
  expect(await openedLinks()).toEqual(['mailto:someone@example.org']);
});

test('the main process refuses to open anything but http(s) and mailto links', async ({
  app,
  openedLinks,
  linkQuestions,
}) => {
  await linkQuestions.answer(true);
  for (const url of [
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,x',
    'smb://host/share',
  ]) {
    const result = await app.evaluate((u) => window.journal.app.openExternal({ url: u }), url);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  }
  expect(await linkQuestions.asked()).toEqual([]);
  expect(await openedLinks()).toEqual([]);
});
