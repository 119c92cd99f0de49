import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire, register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnBeforeRequestListenerDetails } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../../../electron/security-policy';
import { channelNames } from '../../../shared/contract';
import { ensureMainBuilt, mainBundle, preloadBundle } from './built-main';
import type * as ElectronDouble from './electron-double';

/*
 * The built main bundle, loaded by Node's own module loader as Electron would load it, with
 * `electron` resolved to a recording double (electron-double.ts). Catches a bundle that would
 * crash at start, and checks that every hardening switch of electron/security.ts is applied.
 * Electron-mode e2e remains the test of the real thing; this one runs without the binary.
 */

/**
 * Vitest runs test files through its own module runner; the bundle must be loaded by Node's. A
 * CommonJS file loaded with `require` is compiled by Node itself, so its `import()` is Node's.
 */
let nativeImport: <T>(specifier: string) => Promise<T>;

// Resolves `electron` to the double, for the main bundle only.
const hooks = `
let doubleUrl, mainUrl;
export function initialize(data) { ({ doubleUrl, mainUrl } = data); }
export async function resolve(specifier, context, next) {
  if (specifier === 'electron' && context.parentURL?.startsWith(mainUrl)) {
    return { url: doubleUrl, shortCircuit: true };
  }
  return next(specifier, context);
}`;

const mainUrl = pathToFileURL(mainBundle).href;
let workDir: string;
let double: typeof ElectronDouble;
let recording: ElectronDouble.Recording;
let loadError: unknown = null;

/** Loads a fresh copy of the bundle (a new query is a new module) and lets it start. */
async function start(copy: string, lockGranted: boolean): Promise<ElectronDouble.Recording> {
  const record = double.reset({ lockGranted, userData: path.join(workDir, copy) });
  await nativeImport(`${mainUrl}?${copy}`);
  double.emitReady();
  // Start-up chains further work on `ready`; wait until nothing new was chained.
  for (let settled = -1; settled !== record.readyWork.length;) {
    settled = record.readyWork.length;
    await Promise.all(record.readyWork);
  }
  return record;
}

beforeAll(async () => {
  ensureMainBuilt();
  workDir = await mkdtemp(path.join(os.tmpdir(), 'bs-main-wiring-'));
  const doubleFile = path.join(workDir, 'electron-double.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'electron-double.ts')],
    outfile: doubleFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  const importer = path.join(workDir, 'native-import.cjs');
  await writeFile(importer, 'module.exports = (specifier) => import(specifier);\n');
  nativeImport = createRequire(import.meta.url)(importer);
  const doubleUrl = pathToFileURL(doubleFile).href;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, {
    data: { doubleUrl, mainUrl },
  });
  double = await nativeImport<typeof ElectronDouble>(doubleUrl);
  // Neither the developer's desktop session bus nor a test data folder may reach the app.
  delete process.env.DBUS_SESSION_BUS_ADDRESS;
  delete process.env.BETWEEN_SESSIONS_DATA_DIR;
  try {
    recording = await start('first', true);
  } catch (error) {
    loadError = error;
  }
}, 120_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

function window(): ElectronDouble.WindowDouble {
  expect(recording.windows).toHaveLength(1);
  return recording.windows[0]!;
}

/** Emits a cancellable Electron event and tells whether a listener cancelled it. */
function cancelled(target: NodeJS.EventEmitter, name: string, url: string, ...rest: unknown[]) {
  const event = { url, defaultPrevented: false, preventDefault: () => undefined };
  event.preventDefault = () => void (event.defaultPrevented = true);
  target.emit(name, event, ...rest);
  return event.defaultPrevented;
}

function requestVerdict(url: string): boolean | undefined {
  let cancel: boolean | undefined;
  const details = { url } as OnBeforeRequestListenerDetails;
  recording.beforeRequest!(details, (response) => (cancel = response.cancel));
  return cancel;
}

describe('the built main bundle', () => {
  it('loads and starts without an error, opening one window on the app page', () => {
    expect(loadError).toBeNull();
    expect(window().loadedUrls).toEqual([`${APP_ORIGIN}/index.html`]);
    expect(recording.applicationMenu).toBeDefined();
  });

  it('claims the single-instance lock first, and focuses itself on a second launch', () => {
    expect(recording.calls.filter((call) => !call.startsWith('app.getPath'))[0]).toBe(
      'app.requestSingleInstanceLock',
    );
    expect(double.appEvents.listenerCount('second-instance')).toBe(1);
  });

  it('keeps its journal in the app data folder the system gives it', () => {
    expect(recording.calls).toContain('app.getPath(userData)');
    expect(recording.calls.some((call) => call.startsWith('app.setPath'))).toBe(false);
  });

  it('registers the app scheme as a secure standard scheme before ready', () => {
    const { calls } = recording;
    expect(calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      calls.indexOf('ready'),
    );
    expect(recording.privilegedSchemes).toHaveLength(1);
    const [scheme] = recording.privilegedSchemes;
    expect(scheme!.scheme).toBe(APP_SCHEME);
    expect(scheme!.privileges).toMatchObject({ standard: true, secure: true });
    expect(scheme!.privileges?.bypassCSP).not.toBe(true);
    expect(scheme!.privileges?.allowServiceWorkers).not.toBe(true);
  });

  it('serves the app protocol with its security headers, and nothing outside the renderer', async () => {
    const handler = recording.protocolHandlers.get(APP_SCHEME)!;
    expect([...recording.protocolHandlers.keys()]).toEqual([APP_SCHEME]);
    for (const url of [`${APP_ORIGIN}/no-such-file.js`, `${APP_ORIGIN}/%2e%2e/electron/main.js`]) {
      const response = await handler(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('cancels every request that is not for the app itself, with no filter narrowing it', () => {
    expect(recording.calls).not.toContain('session.webRequest.filter');
    expect(recording.beforeRequest).toBeTypeOf('function');
    expect(requestVerdict(`${APP_ORIGIN}/index.html`)).toBe(false);
    for (const url of [
      'https://example.org/',
      'http://localhost:5173/',
      'wss://example.org/socket',
      'file:///etc/passwd',
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    ]) {
      expect(requestVerdict(url), url).toBe(true);
    }
  });

  it('refuses every permission the page could ask for', () => {
    const contents = window().contents.slice as unknown as Electron.WebContents;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'] as const) {
      let granted: boolean | undefined;
      recording.permissionRequest!(contents, permission, (answer) => (granted = answer), {
        requestingUrl: `${APP_ORIGIN}/index.html`,
        isMainFrame: true,
      } as Electron.PermissionRequest);
      expect(granted, permission).toBe(false);
      expect(
        recording.permissionCheck!(contents, permission, APP_ORIGIN, {
          requestingUrl: `${APP_ORIGIN}/index.html`,
          isMainFrame: true,
          embeddingOrigin: APP_ORIGIN,
        } as Electron.PermissionCheckHandlerHandlerDetails),
        permission,
      ).toBe(false);
    }
    expect(
      recording.devicePermission!({
        deviceType: 'usb',
        origin: APP_ORIGIN,
      } as Electron.DevicePermissionHandlerHandlerDetails),
    ).toBe(false);
  });

  it('never fetches spelling dictionaries from a remote host', () => {
    expect(recording.dictionaryDownloadUrl).toBe(`${APP_ORIGIN}/dictionaries/`);
    const nativeSpelling = process.platform === 'darwin';
    expect(window().options.webPreferences?.spellcheck).toBe(nativeSpelling);
    expect(recording.spellCheckerEnabled).toBe(nativeSpelling ? null : false);
  });

  it('opens its window sandboxed, isolated, without Node, with the built preload', () => {
    expect(window().options.webPreferences).toMatchObject({
      preload: preloadBundle,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
    });
  });

  it('lets the page navigate nowhere and open no window, not even its own page', () => {
    const { contents } = window();
    expect(cancelled(contents.events, 'will-navigate', 'https://example.org/')).toBe(true);
    expect(cancelled(contents.events, 'will-navigate', `${APP_ORIGIN}/index.html`)).toBe(true);
    expect(cancelled(contents.events, 'will-redirect', 'https://example.org/')).toBe(true);
    const webview = { src: 'https://example.org/' };
    expect(cancelled(contents.events, 'will-attach-webview', '', {}, webview)).toBe(true);
    expect(contents.openHandler).toBeTypeOf('function');
    const open = (url: string) =>
      contents.openHandler!({ url } as Parameters<ElectronDouble.OpenHandler>[0]);
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    expect(open(`${APP_ORIGIN}/index.html`)).toEqual({ action: 'deny' });
  });

  it('hardens web contents it did not create itself, too', () => {
    const stray = new double.ContentsDouble();
    double.appEvents.emit('web-contents-created', {}, stray.slice);
    expect(cancelled(stray.events, 'will-navigate', 'https://example.org/')).toBe(true);
    expect(stray.openHandler!({ url: 'https://example.org/' } as never)).toEqual({
      action: 'deny',
    });
  });

  it('answers every contract channel, and only the app page', async () => {
    expect([...recording.invokeHandlers.keys()].sort()).toEqual([...channelNames].sort());
    const info = recording.invokeHandlers.get('app:info')!;
    const fromApp = { senderFrame: { url: `${APP_ORIGIN}/index.html` } };
    const fromElsewhere = { senderFrame: { url: 'https://example.org/' } };
    expect(await info(fromApp as Electron.IpcMainInvokeEvent, undefined)).toEqual({
      ok: true,
      value: { name: 'Between Sessions', version: '0.0.0-test', runtime: 'electron' },
    });
    expect(await info(fromElsewhere as Electron.IpcMainInvokeEvent, undefined)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('quits at once, touching nothing, when another copy is already running', async () => {
    const second = await start('second', false);
    expect(second.calls).toContain('app.quit');
    expect(second.calls).not.toContain('app.whenReady');
    expect(second.calls).not.toContain('protocol.registerSchemesAsPrivileged');
    expect(second.windows).toHaveLength(0);
    expect(second.invokeHandlers.size).toBe(0);
  });
});
