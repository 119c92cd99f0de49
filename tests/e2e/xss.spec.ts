import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorBody, expectSaved, newEntry, timelineEntry } from './support/entry-steps';
import { createJournal, lock, unlock } from './support/vault-steps';
import { goTo } from './support/navigation';

const payloads = readFileSync(path.resolve('tests/fixtures/xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

/** Records any attempt to run code: dialogs, a global the payloads could reach, CSP violations. */
async function watchForExecution(app: Page): Promise<void> {
  await app.evaluate(() => {
    const w = window as unknown as { __attempts: string[] };
    w.__attempts = [];
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      window[name] = ((message?: unknown) => {
        w.__attempts.push(`${name}(${String(message)})`);
        return null;
      }) as never;
    }
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__attempts.push(`csp:${event.violatedDirective}:${event.blockedURI}`),
    );
  });
}

async function paste(app: Page, data: Record<string, string>): Promise<void> {
  await app.evaluate((items) => {
    const target = document.querySelector('[aria-label="Entry text"]')!;
    const clipboardData = new DataTransfer();
    for (const [type, value] of Object.entries(items)) clipboardData.setData(type, value);
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, data);
}

const attempts = (app: Page) =>
  app.evaluate(() => (window as unknown as { __attempts: string[] }).__attempts);

test('hostile text typed into an entry runs nothing and is kept as text', async ({ app }) => {
  test.setTimeout(120_000);
  await createJournal(app);
  await watchForExecution(app);
  await newEntry(app, 'Typed payloads');
  await editorBody(app).click();
  for (const payload of payloads) {
    await app.keyboard.insertText(payload);
    await app.keyboard.press('Enter');
  }
  await expectSaved(app);
  expect(await attempts(app)).toEqual([]);

  await lock(app);
  await unlock(app);
  await watchForExecution(app);
  await timelineEntry(app, /Typed payloads/).click();
  const paragraphs = await editorBody(app).locator('p').allTextContents();
  for (const payload of payloads) expect(paragraphs).toContain(payload);
  await app.waitForTimeout(300);
  expect(await attempts(app)).toEqual([]);
});

test('hostile text pasted into an entry as plain text runs nothing and is kept', async ({
  app,
}) => {
  await createJournal(app);
  await watchForExecution(app);
  await newEntry(app, 'Pasted payloads');
  await editorBody(app).click();
  await paste(app, { 'text/plain': payloads.join('\n') });
  await expectSaved(app);
  await app.waitForTimeout(300);
  expect(await attempts(app)).toEqual([]);
  const text = await editorBody(app).innerText();
  for (const payload of payloads) expect(text).toContain(payload);

  await lock(app);
  await unlock(app);
  await watchForExecution(app);
  await timelineEntry(app, /Pasted payloads/).click();
  const reopened = await editorBody(app).innerText();
  for (const payload of payloads) expect(reopened).toContain(payload);
  await app.waitForTimeout(300);
  expect(await attempts(app)).toEqual([]);
});

test('HTML on the clipboard is pasted as its plain text, never parsed', async ({ app }) => {
  await createJournal(app);
  await watchForExecution(app);
  await newEntry(app, 'Pasted HTML');
  await editorBody(app).click();
  const html = `<p>kept words</p>${payloads.join('<br>')}`;
  await paste(app, { 'text/html': html, 'text/plain': 'kept words, as plain text' });
  await expect(editorBody(app)).toHaveText('kept words, as plain text');
  await expectSaved(app);
  await app.waitForTimeout(300);
  expect(await attempts(app)).toEqual([]);
});

test('a hostile title and tags are shown as text in the timeline and tags screen', async ({
  app,
}) => {
  await createJournal(app);
  await watchForExecution(app);
  const title = '<img src=x onerror=alert("title")>';
  await newEntry(app, title);
  const tags = app.getByLabel('Tags', { exact: true });
  await tags.fill('<b onmouseover=alert(1)>tag</b>');
  await tags.press('Enter');
  await expectSaved(app);
  await expect(timelineEntry(app, title)).toBeVisible();
  await goTo(app, 'Tags');
  await expect(app.getByText('#<b onmouseover=alert(1)>tag</b>')).toBeVisible();
  expect(await attempts(app)).toEqual([]);
});
