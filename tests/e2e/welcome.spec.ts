import { channelNames } from '../../shared/contract';
import { expect, test } from './fixtures';

test('the app opens on a welcome screen that states its promise and shows its version', async ({
  app,
}) => {
  await expect(app.getByRole('heading', { level: 1, name: 'Between Sessions' })).toBeVisible();
  await expect(app.getByRole('main')).toContainText('never sent anywhere');
  // The version comes from the main process over IPC (app:info), not from the page bundle.
  const info = await app.evaluate(() => window.journal.app.info());
  expect(info.ok).toBe(true);
  if (!info.ok) return;
  expect(info.value.version).toMatch(/^\d+\.\d+\.\d+/);
  await expect(app.getByText(`version ${info.value.version}`)).toBeVisible();
});

test('the page has no Node or Electron internals and only the contract on window.journal', async ({
  app,
}) => {
  const globals = await app.evaluate(() => ({
    require: typeof (window as { require?: unknown }).require,
    process: typeof (window as { process?: unknown }).process,
    module: typeof (window as { module?: unknown }).module,
    ipcRenderer: typeof (window as { ipcRenderer?: unknown }).ipcRenderer,
    journalNamespaces: Object.keys(window.journal).sort(),
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
    journalNamespaces: [...new Set(channelNames.map((name) => name.split(':')[0]!)), 'on'].sort(),
  });
});

test('input that fails its schema is refused as BAD_INPUT', async ({ app }) => {
  const result = await app.evaluate(() =>
    (window.journal.app.info as unknown as (input: unknown) => Promise<unknown>)({ evil: true }),
  );
  expect(result).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: expect.any(String) } });
});

test('the Content-Security-Policy blocks an injected inline script and a remote image', async ({
  app,
  requests,
}) => {
  const outcome = await app.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.violatedDirective),
    );

    const script = document.createElement('script');
    script.textContent = 'window.__injectedRan = true;';
    document.body.append(script);

    const image = document.createElement('img');
    const loaded = new Promise<boolean>((resolve) => {
      image.onload = () => resolve(true);
      image.onerror = () => resolve(false);
    });
    image.src = 'https://example.com/tracker.png';
    document.body.append(image);
    const imageLoaded = await loaded;
    await new Promise((r) => setTimeout(r, 100));
    return {
      scriptRan: (window as { __injectedRan?: boolean }).__injectedRan === true,
      imageLoaded,
      violations,
    };
  });
  expect(outcome.scriptRan).toBe(false);
  expect(outcome.imageLoaded).toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
  // Stopped by the policy inside the page; the fixture also fails the test on any request that
  // got further (in browser mode it would be aborted by the harness and counted as foreign).
  expect(requests.blockedByPolicy).toEqual(['https://example.com/tracker.png']);
  expect(requests.foreign).toEqual([]);
});
