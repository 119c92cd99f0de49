import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, chromium, expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary';
import { openBrowserApp } from './harness/browser-app';
import type { BrowserApp } from './harness/browser-app';
import { findChromium, quietChromiumArgs } from './harness/chromium';
import { openElectronApp } from './harness/electron-app';
import type { ElectronApp } from './harness/electron-app';
import type { Refusal } from './harness/navigation-guard';
import type { RequestLog } from './harness/requests';
import type { PaperSize } from '../../shared/print/paper';

/**
 * One fixture for every spec (DESIGN.md §5). `app` is a Page of the running app over a fresh data
 * folder. Electron mode runs the real app where its binary exists; browser mode loads the same
 * build in Chromium and bridges window.journal to the real handler loop and services.
 * E2E_MODE=electron|browser forces a mode; electron mode without a binary is an error, not a skip.
 */
export type Mode = 'electron' | 'browser';

interface WorkerFixtures {
  mode: Mode;
  browserInstance: Browser | null;
}

interface TestFixtures {
  /** A throw-away data folder, removed after the test. `prepareDataDir` runs on it before launch. */
  dataDir: string;
  /** Seeds bad or existing state (a damaged vault, a read-only folder…) before the app starts. */
  prepareDataDir: (dir: string) => Promise<void>;
  app: Page;
  requests: RequestLog;
  /** Simulates the computer sleeping or locking its screen. */
  systemLock: (reason: 'suspend' | 'screen-lock') => Promise<void>;
  /** Links the app handed to the system browser. */
  openedLinks: () => Promise<string[]>;
  /**
   * What main's navigation rules refused the page since last asked (electron/security-policy.ts;
   * the browser harness applies the same rules). A refusal no spec took fails the test.
   */
  takeRefusals: () => Promise<Refusal[]>;
  /** Main's own confirmation before opening a link: what it asked, and how it is answered. */
  linkQuestions: { asked: () => Promise<string[]>; answer: (open: boolean) => Promise<void> };
  /**
   * Main's save dialog for a PDF: the file names it proposed, and the path it answers from now on
   * (null cancels, as it does until a spec answers).
   */
  saveDialog: { asked: () => Promise<string[]>; answer: (path: string | null) => Promise<void> };
  /** Each system print dialog main opened (recorded, never shown), with its paper size. */
  printRequests: () => Promise<Array<{ pageSize: PaperSize }>>;
  /**
   * Browser mode only: the path main's next open dialogs answer with (an import); undefined
   * cancels them. In Electron mode the dialog is the system's own.
   */
  answerOpenDialog: (path: string | undefined) => void;
  /** Browser mode only: whether the platform says it can tell that the screen locked. */
  screenLockDetection: (available: boolean) => void;
  /** Quits the app as a person would (unsaved typing is written first) and starts it again. */
  relaunch: () => Promise<Page>;
  /** The running app behind `app`; `relaunch` replaces it. */
  launched: {
    current: BrowserApp | ElectronApp;
    all: Array<BrowserApp | ElectronApp>;
    open: () => Promise<BrowserApp | ElectronApp>;
  };
}

function chooseMode(): { mode: Mode; electronBinary: string | null; why: string } {
  const requested = process.env.E2E_MODE;
  const electronBinary = findElectronBinary();
  if (requested === 'electron' && !electronBinary) {
    throw new Error('E2E_MODE=electron, but the Electron binary is not installed on this machine.');
  }
  if (requested === 'browser') return { mode: 'browser', electronBinary, why: 'E2E_MODE=browser' };
  if (electronBinary) return { mode: 'electron', electronBinary, why: electronBinary };
  return { mode: 'browser', electronBinary, why: 'the Electron binary is not available here' };
}

const chosen = chooseMode();
let announced = false;

export const test = base.extend<TestFixtures, WorkerFixtures>({
  mode: [
    async ({}, use) => {
      if (!announced) {
        announced = true;
        console.log(`[e2e] mode: ${chosen.mode} (${chosen.why})`);
      }
      await use(chosen.mode);
    },
    { scope: 'worker' },
  ],
  browserInstance: [
    async ({ mode }, use) => {
      if (mode !== 'browser') return use(null);
      const executablePath = findChromium();
      const browser = await chromium.launch({ executablePath, args: quietChromiumArgs });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  prepareDataDir: async ({}, use) => use(async () => {}),
  dataDir: async ({ prepareDataDir }, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'between-sessions-e2e-'));
    await prepareDataDir(dir);
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  launched: [
    async ({ mode, browserInstance, dataDir }, use, testInfo) => {
      testInfo.annotations.push({ type: 'e2e mode', description: mode });
      const pageErrors: string[] = [];
      const open = async () => {
        const launch =
          mode === 'electron'
            ? await openElectronApp(chosen.electronBinary!, dataDir)
            : await openBrowserApp(browserInstance!, dataDir);
        launch.page.on('pageerror', (error) => pageErrors.push(error.message));
        return launch;
      };
      const first = await open();
      const state = { current: first, all: [first], open };
      await use(state);
      for (const launch of state.all) {
        const refused = await launch.takeRefusals().catch(() => []);
        await launch.close().catch(() => undefined);
        expect(
          refused,
          'navigations main refused the page (a spec that means one takes it)',
        ).toEqual([]);
        expect(launch.requests.foreign, 'requests that tried to leave the app').toEqual([]);
      }
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { box: true },
  ],
  relaunch: async ({ launched }, use) =>
    use(async () => {
      await launched.current.quit();
      const next = await launched.open();
      launched.current = next;
      launched.all.push(next);
      return next.page;
    }),
  app: async ({ launched }, use) => use(launched.current.page),
  requests: async ({ launched }, use) => use(launched.current.requests),
  openedLinks: async ({ launched }, use) => use(() => launched.current.openedLinks()),
  takeRefusals: async ({ launched }, use) => use(() => launched.current.takeRefusals()),
  screenLockDetection: async ({ launched }, use) =>
    use((available) => {
      const current = launched.current;
      if (!('setScreenLockDetection' in current)) {
        throw new Error('In Electron mode the real platform decides screen-lock detection');
      }
      current.setScreenLockDetection(available);
    }),
  answerOpenDialog: async ({ launched }, use) =>
    use((chosen) => {
      const current = launched.current;
      if (!('answerOpenDialog' in current)) {
        throw new Error('In Electron mode the open dialog is the system’s own');
      }
      current.answerOpenDialog(chosen);
    }),
  linkQuestions: async ({ launched }, use) =>
    use({
      asked: () => launched.current.linkQuestions(),
      answer: (open) => launched.current.answerLinkQuestions(open),
    }),
  saveDialog: async ({ launched }, use) =>
    use({
      asked: () => launched.current.saveDialogQuestions(),
      answer: (path) => launched.current.answerSaveDialog(path),
    }),
  printRequests: async ({ launched }, use) => use(() => launched.current.printRequests()),
  systemLock: async ({ launched }, use) => use((reason) => launched.current.systemLock(reason)),
});

/**
 * Skips a spec that can only run in the other mode, and says why in the run's output (the list
 * reporter shows a skip, not its reason).
 */
export function onlyIn(wanted: Mode, mode: Mode, reason: string): void {
  if (mode === wanted) return;
  console.log(`[e2e] skipped in ${mode} mode: ${reason}`);
  test.skip(true, reason);
}

export { expect };
