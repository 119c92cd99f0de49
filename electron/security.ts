import { app, protocol } from 'electron';
import type { Session, WebContents, WebPreferences } from 'electron';
import { allowsNavigation, APP_ORIGIN, APP_SCHEME, isAllowedRequestUrl } from './security-policy';

/**
 * Every hardening switch of the app, in one place (DESIGN.md §4). The rules themselves live in
 * security-policy.ts, which is pure and unit-tested; this file applies them through Electron.
 */

/** Must run before `ready`: the app scheme behaves like https (secure, standard, fetchable). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** One running copy per person: a second launch focuses the first instead of opening the vault twice. */
export function claimSingleInstance(onSecondLaunch: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', onSecondLaunch);
  return true;
}

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
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
    safeDialogs: true,
    // macOS checks spelling natively; elsewhere Chromium would download Hunspell dictionaries
    // from Google's servers, which this app never contacts.
    spellcheck: process.platform === 'darwin',
  };
}

export function hardenSession(ses: Session): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Belt and braces with `spellcheck` above: should a dictionary ever be requested, it is asked
  // of the app's own origin (which has none) rather than of a remote host.
  ses.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/dictionaries/`);
  if (process.platform !== 'darwin') ses.setSpellCheckerEnabled(false);
}

/** Applied to every web contents the app ever creates, including ones it did not mean to. */
export function hardenWebContents(contents: WebContents): void {
  // Main's own loadURL and reload never reach these handlers; only what the page starts does.
  contents.on('will-navigate', (event) => {
    if (!allowsNavigation({ kind: 'navigate', url: event.url })) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!allowsNavigation({ kind: 'redirect', url: event.url })) event.preventDefault();
  });
  contents.on('will-attach-webview', (event, _preferences, params) => {
    if (!allowsNavigation({ kind: 'attach-webview', url: params.src ?? '' }))
      event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => ({
    action: allowsNavigation({ kind: 'open-window', url }) ? 'allow' : 'deny',
  }));
}

export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
