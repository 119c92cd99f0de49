import { expect, test } from './fixtures';
import { editorBody, newEntry, timelineEntry } from './support/entry-steps';
import { goTo, navLink } from './support/navigation';
import { createJournal } from './support/vault-steps';

test('the sidebar says where you are, and back and forward retrace the way', async ({ app }) => {
  await createJournal(app);
  await expect(navLink(app, 'Journal')).toHaveAttribute('aria-current', 'page');
  await goTo(app, 'Tags');
  await expect(app.getByRole('heading', { name: 'Tags', level: 1 })).toBeVisible();
  await expect(navLink(app, 'Tags')).toHaveAttribute('aria-current', 'page');
  await expect(navLink(app, 'Journal')).not.toHaveAttribute('aria-current', 'page');
  await goTo(app, 'Settings');
  await expect(app.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  await app.keyboard.press('Alt+ArrowLeft');
  await expect(navLink(app, 'Tags')).toHaveAttribute('aria-current', 'page');
  await app.keyboard.press('Alt+ArrowRight');
  await expect(navLink(app, 'Settings')).toHaveAttribute('aria-current', 'page');
  // A mouse's back button is button 3; Playwright's mouse has no such button, so the page gets
  // the event a mouse sends.
  await app
    .getByRole('main')
    .dispatchEvent('mouseup', { button: 3, bubbles: true, cancelable: true });
  await expect(navLink(app, 'Tags')).toHaveAttribute('aria-current', 'page');
});

test('every entry has an address that opens it', async ({ app }) => {
  await createJournal(app);
  await newEntry(app, 'The one to link to');
  await editorBody(app).click();
  await app.keyboard.type('Found again by its address.');
  await newEntry(app, 'Another');
  await timelineEntry(app, /The one to link to/).click();
  await expect(editorBody(app)).toHaveText('Found again by its address.');
  const address = new URL(app.url()).hash;
  expect(address).toMatch(/^#\/journal\/[^/]+$/);

  await goTo(app, 'Trash');
  // Leaving the entry first writes it; the address is typed once the Trash screen is up, or the
  // leave that was still finishing would land on Trash after it (a step this spec is not about).
  await expect(app.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible();
  await app.evaluate((hash) => (window.location.hash = hash), address);
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue('The one to link to');
  await expect(navLink(app, 'Journal')).toHaveAttribute('aria-current', 'page');

  await app.evaluate(() => (window.location.hash = '#/journal/no-such-entry'));
  await expect(app.getByRole('alert')).toContainText(/no longer exists|not found|does not exist/i);
});

test('a shortcut pressed on another screen opens the journal and runs there', async ({ app }) => {
  await createJournal(app);
  await goTo(app, 'Settings');
  await app.keyboard.press('Control+N');
  await expect(navLink(app, 'Journal')).toHaveAttribute('aria-current', 'page');
  await expect(app.getByLabel('Title', { exact: true })).toBeFocused();
  await goTo(app, 'Tags');
  await expect(app.getByRole('heading', { name: 'Tags', level: 1 })).toBeVisible();
  await app.keyboard.press('Control+F');
  await expect(app.getByRole('searchbox', { name: 'Search' })).toBeFocused();
});
