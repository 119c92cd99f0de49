import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Refusal } from './harness/navigation-guard';

/** Puts a link in the page, as an entry's Markdown or an injected payload might. */
async function addLink(app: Page, name: string, href: string, target?: string): Promise<void> {
  await app.evaluate(
    ([text, url, where]) => {
      const link = document.createElement('a');
      link.textContent = text;
      link.href = url;
      if (where) link.target = where;
      document.body.append(link);
    },
    [name, href, target] as const,
  );
}

test('the page cannot navigate itself or open windows: main refuses, and the page stays as it was', async ({
  app,
  mode,
  takeRefusals,
}) => {
  await expect(app.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  const page = app.url();
  const other = new URL('/other.html', page).href;
  await app.evaluate(() => ((window as { __firstRealm?: boolean }).__firstRealm = true));

  const refused: Refusal[] = [];
  /** Each attempt is made alone and seen refused before the next: a second would cancel it. */
  const expectRefused = async (attempt: () => Promise<unknown>, refusal: Refusal) => {
    await attempt();
    // Electron leaves no trace of a denied window.open outside its handler; windows are counted.
    if (mode === 'electron' && refusal.kind === 'open-window') return;
    await expect
      .poll(async () => {
        refused.push(...(await takeRefusals()));
        return refused.at(-1);
      })
      .toEqual(refusal);
  };

  await expectRefused(() => app.evaluate(() => location.reload()), { kind: 'navigate', url: page });
  await expectRefused(() => app.evaluate((url) => (location.href = url), other), {
    kind: 'navigate',
    url: other,
  });
  await expectRefused(() => app.evaluate(() => (location.href = 'https://example.org/')), {
    kind: 'navigate',
    url: 'https://example.org/',
  });
  await expectRefused(() => app.evaluate(() => void window.open('https://example.org/popup')), {
    kind: 'open-window',
    url: 'https://example.org/popup',
  });
  await addLink(app, 'A link elsewhere', 'https://example.org/link');
  await expectRefused(() => app.getByRole('link', { name: 'A link elsewhere' }).click(), {
    kind: 'navigate',
    url: 'https://example.org/link',
  });
  await addLink(app, 'A link to a new tab', 'https://example.org/tab', '_blank');
  await expectRefused(() => app.getByRole('link', { name: 'A link to a new tab' }).click(), {
    kind: 'open-window',
    url: 'https://example.org/tab',
  });

  // Still the same document, same address, same JavaScript realm, and no other window.
  await expect.poll(() => app.context().pages().length).toBe(1);
  expect(app.url()).toBe(page);
  expect(await app.evaluate(() => (window as { __firstRealm?: boolean }).__firstRealm)).toBe(true);
  await expect(app.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
});
