import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { build } from 'esbuild';
import type { AppInfo, ChannelName } from '../../../shared/contract';
import { readAppResource } from '../../../electron/app-protocol';
import { loadFooterFont } from '../../../electron/print/footer-font';
import { footerTemplate, PDF_MARGINS_INCHES } from '../../../electron/print/footer-template';
import { registerHandlers } from '../../../electron/ipc';
import type { InvokeEvent } from '../../../electron/ipc';
import type { Platform } from '../../../electron/platform';
import { createServices } from '../../../electron/services';
import type { PaperSize } from '../../../shared/print/paper';
import { NavigationGuard } from './navigation-guard';
import type { Refusal } from './navigation-guard';
import { RequestLog } from './requests';

/** A reserved name (RFC 2606): it resolves nowhere, and every request to it is answered locally. */
export const BROWSER_ORIGIN = 'https://between-sessions.invalid';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const rendererRoot = path.join(root, 'dist', 'renderer');

let bridgeScript: Promise<string> | undefined;
/** The browser-mode stand-in for the preload, bundled from the same shared/ contract code. */
function pageBridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [path.join(import.meta.dirname, 'page-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome130',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bridgeScript;
}

/**
 * The harness's stand-in for the OS and the window: events go to the page it drives, whichever
 * document it holds now; main's reload is the harness's own (see NavigationGuard); sleep is
 * triggered by a spec.
 */
interface HarnessPlatform extends Platform {
  systemLock(reason: 'suspend' | 'screen-lock'): void;
  /** Links the app asked the system to open (in the app, the browser would get them). */
  opened: string[];
  /** Addresses main asked the person about outside the page, and how the next asks are answered. */
  linkQuestions: { asked: string[]; open: boolean };
  /** What the harness reports about screen-lock detection (it does deliver screen locks). */
  screenLock: { available: boolean };
  /** The path the next open dialog answers with, set by a spec; cancelled while unset. */
  openPath: { next: string | undefined };
  /** The names the save dialog proposed, and the path the next dialogs answer (null: cancel). */
  saveDialog: { asked: string[]; answer: string | null };
  /** Each print dialog main opened (headless Chromium has none to show). */
  printed: Array<{ pageSize: PaperSize }>;
}

const inches = (value: number) => `${value}in`;

function harnessPlatform(
  dataDir: string,
  page: () => Page | undefined,
  guard: NavigationGuard,
): HarnessPlatform {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    productName: string;
    version: string;
  };
  const info: AppInfo = { name: pkg.productName, version: pkg.version, runtime: 'browser-harness' };
  const systemLockListeners: Array<(reason: 'suspend' | 'screen-lock') => void> = [];
  const opened: string[] = [];
  // Declined unless a spec says otherwise, as an unanswered native dialog opens nothing.
  const linkQuestions = { asked: [] as string[], open: false };
  const screenLock = { available: true };
  const openPath = { next: undefined as string | undefined };
  // Cancelled unless a spec answers, as a dialog nobody answers saves nothing.
  const saveDialog = { asked: [] as string[], answer: null as string | null };
  const printed: Array<{ pageSize: PaperSize }> = [];
  const openPage = () => {
    const current = page();
    if (!current) throw new Error('The app has no page to print');
    return current;
  };
  return {
    dataDir,
    openPath,
    chooseOpenPath: async () => openPath.next,
    opened,
    linkQuestions,
    screenLock,
    saveDialog,
    printed,
    printPage: async ({ pageSize }) => {
      openPage();
      printed.push({ pageSize });
    },
    // Electron's printToPDF and this are the same Chromium print engine, given the same options.
    pagePdf: async ({ pageSize, footerPeriod }) =>
      openPage().pdf({
        format: pageSize,
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(footerPeriod, await loadFooterFont(rendererRoot)),
        margin: {
          top: inches(PDF_MARGINS_INCHES.top),
          right: inches(PDF_MARGINS_INCHES.right),
          bottom: inches(PDF_MARGINS_INCHES.bottom),
          left: inches(PDF_MARGINS_INCHES.left),
        },
      }),
    chooseSavePath: async ({ defaultName }) => {
      saveDialog.asked.push(defaultName);
      return saveDialog.answer;
    },
    screenLockDetection: async () => screenLock.available,
    openExternal: async (url) => {
      opened.push(url);
    },
    confirmOpenExternal: async (url) => {
      linkQuestions.asked.push(url);
      return linkQuestions.open;
    },
    info: () => info,
    notify: (event, payload) => {
      void page()
        ?.evaluate(
          ([name, data]) =>
            (window as unknown as { __bsEmit: (e: string, p: unknown) => void }).__bsEmit(
              name,
              data,
            ),
          [event, payload] as const,
        )
        .catch(() => {
          // The page may be reloading (as it does on lock); events for it are moot then.
        });
    },
    // Electron's webContents.reload(): programmatic, so the navigation rules are not asked.
    reloadPage: () => {
      const current = page();
      if (!current) return;
      void guard
        .own(() => current.reload())
        .catch(() => {
          // The app is being closed (quit locks, then closes the page).
        });
    },
    onSystemLock: (listener) => systemLockListeners.push(listener),
    systemLock: (reason) => systemLockListeners.forEach((listener) => listener(reason)),
  };
}

export interface BrowserApp {
  page: Page;
  context: BrowserContext;
  requests: RequestLog;
  /** Simulates the computer going to sleep or locking its screen. */
  systemLock(reason: 'suspend' | 'screen-lock'): Promise<void>;
  /** Quits as the app does (main asks the page to save, then locks), and closes the page. */
  quit(): Promise<void>;
  /** Links handed to the system browser, in order. */
  openedLinks(): Promise<string[]>;
  /** What main's navigation rules refused the page since last asked. */
  takeRefusals(): Promise<Refusal[]>;
  /** Addresses main asked about in its own (native) confirmation, in order. */
  linkQuestions(): Promise<string[]>;
  /** How the native link confirmations are answered from now on (declined at first). */
  answerLinkQuestions(open: boolean): Promise<void>;
  /** The path main's next open dialogs answer with (an import); undefined cancels them. */
  answerOpenDialog(path: string | undefined): void;
  /** Whether the harness says screen locks can be detected (yes until told otherwise). */
  setScreenLockDetection(available: boolean): void;
  /** The file names main's save dialog proposed, in order. */
  saveDialogQuestions(): Promise<string[]>;
  /** Where the save dialogs answer from now on; null cancels (as at first). */
  answerSaveDialog(path: string | null): Promise<void>;
  /** Each system print dialog main opened, with its paper size. */
  printRequests(): Promise<Array<{ pageSize: PaperSize }>>;
  /** Ends the test's app at once: the journal is closed (lock file released) and the page too. */
  close(): Promise<void>;
}

/**
 * Loads the built renderer in Chromium and answers `window.journal` with the real handler loop
 * (electron/ipc.ts) and the real services, running in this Node process over `dataDir`.
 */
export async function openBrowserApp(browser: Browser, dataDir: string): Promise<BrowserApp> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const guard = new NavigationGuard();
  const requests = new RequestLog(BROWSER_ORIGIN, (request) => guard.refused(request));

  // Nothing reaches a network: the app's files are served from dist/, everything else is refused;
  // and the page goes nowhere main would not let it.
  await context.route('**/*', async (route) => {
    if (await guard.refuses(route)) return;
    const url = route.request().url();
    if (!requests.isOwn(url)) return route.abort('blockedbyclient');
    const resource = await readAppResource(rendererRoot, url);
    return route.fulfill({
      status: resource.status,
      headers: resource.headers,
      body: resource.body,
    });
  });

  // The platform needs the page for events, and the page is opened after the handlers exist.
  const current: { page?: Page } = {};
  const platform = harnessPlatform(dataDir, () => current.page, guard);
  const listeners = new Map<string, (event: InvokeEvent, input: unknown) => Promise<unknown>>();
  const services = createServices(platform);
  registerHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    services.handlers,
    BROWSER_ORIGIN,
  );
  await context.exposeBinding(
    '__bsInvoke',
    async (source, channel: ChannelName, input: unknown) => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`No such channel: ${String(channel)}`);
      return listener({ senderFrame: { url: source.frame.url() } }, input);
    },
  );
  await context.addInitScript({ content: await pageBridge() });

  const page = await context.newPage();
  current.page = page;
  requests.attach(page);
  await guard.watch(context, page);
  // Electron's loadURL at start: the harness's own navigation, as main's is.
  await guard.own(() => page.goto(`${BROWSER_ORIGIN}/index.html`));
  return {
    page,
    context,
    requests,
    systemLock: async (reason) => platform.systemLock(reason),
    openedLinks: async () => [...platform.opened],
    takeRefusals: async () => guard.take(),
    linkQuestions: async () => [...platform.linkQuestions.asked],
    answerLinkQuestions: async (open) => {
      platform.linkQuestions.open = open;
    },
    answerOpenDialog: (path) => {
      platform.openPath.next = path;
    },
    setScreenLockDetection: (available) => {
      platform.screenLock.available = available;
    },
    saveDialogQuestions: async () => [...platform.saveDialog.asked],
    answerSaveDialog: async (path) => {
      platform.saveDialog.answer = path;
    },
    printRequests: async () => [...platform.printed],
    close: async () => {
      await services.session.lock('manual', { force: true }).catch(() => undefined);
      await context.close();
    },
    quit: async () => {
      // The same call Electron's before-quit makes (electron/main.ts).
      await services.session.requestLock('manual');
      await context.close();
    },
  };
}
