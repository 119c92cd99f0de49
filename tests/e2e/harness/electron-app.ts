import path from 'node:path';
import { _electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { APP_ORIGIN } from '../../../electron/security-policy';
import type { PaperSize } from '../../../shared/print/paper';
import type { Refusal } from './navigation-guard';
import { RequestLog } from './requests';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

export interface ElectronApp {
  page: Page;
  electronApp: ElectronApplication;
  requests: RequestLog;
  systemLock(reason: 'suspend' | 'screen-lock'): Promise<void>;
  quit(): Promise<void>;
  close(): Promise<void>;
  openedLinks(): Promise<string[]>;
  takeRefusals(): Promise<Refusal[]>;
  linkQuestions(): Promise<string[]>;
  answerLinkQuestions(open: boolean): Promise<void>;
  saveDialogQuestions(): Promise<string[]>;
  answerSaveDialog(path: string | null): Promise<void>;
  printRequests(): Promise<Array<{ pageSize: PaperSize }>>;
}

interface PrintStubs {
  saveDialog: { asked: string[]; answer: string | null };
  printed: Array<{ pageSize: PaperSize }>;
}

/** Starts the real, built app with a throw-away data folder. */
export async function openElectronApp(
  executablePath: string,
  dataDir: string,
): Promise<ElectronApp> {
  const electronApp = await _electron.launch({
    executablePath,
    args: [path.join(root, 'dist', 'electron', 'main.js')],
    env: { ...process.env, BETWEEN_SESSIONS_DATA_DIR: dataDir },
  });
  // shell.openExternal is replaced inside the app so a test never starts a real browser, and
  // the native message box answers as the spec says (Cancel until told otherwise).
  await electronApp.evaluate(({ shell, dialog }) => {
    const opened: string[] = [];
    const questions = { asked: [] as string[], open: false };
    Object.assign(globalThis, { __opened: opened, __linkQuestions: questions });
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
    const original = dialog.showMessageBox.bind(dialog);
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = args.at(-1) as { title?: string; detail?: string };
      // Only main's link question (platform-electron.ts) is answered here.
      if (options.title !== 'Open link') return (original as (...a: unknown[]) => unknown)(...args);
      questions.asked.push(options.detail ?? '');
      return { response: questions.open ? 1 : 0, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  });
  // The navigations electron/security.ts cancelled, read once every listener has had its say.
  // (A denied window.open leaves no trace outside setWindowOpenHandler; specs count windows.)
  await electronApp.evaluate(({ app, webContents }) => {
    const refused: Array<{ kind: 'navigate' | 'redirect'; url: string }> = [];
    (globalThis as { __refused?: typeof refused }).__refused = refused;
    const watch = (contents: Electron.WebContents) => {
      for (const [name, kind] of [
        ['will-navigate', 'navigate'],
        ['will-redirect', 'redirect'],
      ] as const) {
        contents.on(name as 'will-navigate', (event) => {
          queueMicrotask(() => {
            if (event.defaultPrevented) refused.push({ kind, url: event.url });
          });
        });
      }
    };
    webContents.getAllWebContents().forEach(watch);
    app.on('web-contents-created', (_event, contents) => watch(contents));
  });
  const page = await electronApp.firstWindow();
  // The save dialog answers as the spec says (cancel until told otherwise), and the print dialog
  // is recorded, not shown: a test never waits on a native window.
  await electronApp.evaluate(({ BrowserWindow, dialog }) => {
    const stubs: PrintStubs = { saveDialog: { asked: [], answer: null }, printed: [] };
    Object.assign(globalThis, { __print: stubs });
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath?: string };
      stubs.saveDialog.asked.push((options.defaultPath ?? '').split(/[\\/]/).pop() ?? '');
      const answer = stubs.saveDialog.answer;
      return answer === null ? { canceled: true } : { canceled: false, filePath: answer };
    }) as typeof dialog.showSaveDialog;
    for (const win of BrowserWindow.getAllWindows()) {
      win.webContents.print = ((
        options: { pageSize: PaperSize },
        callback?: (ok: boolean) => void,
      ) => {
        stubs.printed.push({ pageSize: options.pageSize });
        callback?.(true);
      }) as typeof win.webContents.print;
    }
  });
  const requests = new RequestLog(APP_ORIGIN);
  requests.attach(page);
  await page.waitForLoadState('domcontentloaded');
  return {
    page,
    electronApp,
    requests,
    quit: () => electronApp.close(),
    close: () => electronApp.close(),
    openedLinks: () =>
      electronApp.evaluate(() => [...((globalThis as { __opened?: string[] }).__opened ?? [])]),
    takeRefusals: () =>
      electronApp.evaluate(() =>
        ((globalThis as { __refused?: Refusal[] }).__refused ?? []).splice(0),
      ),
    linkQuestions: () =>
      electronApp.evaluate(() => [
        ...(globalThis as unknown as { __linkQuestions: { asked: string[] } }).__linkQuestions
          .asked,
      ]),
    answerLinkQuestions: (open) =>
      electronApp.evaluate((_electron, answer) => {
        (globalThis as unknown as { __linkQuestions: { open: boolean } }).__linkQuestions.open =
          answer;
      }, open),
    saveDialogQuestions: () =>
      electronApp.evaluate(() => [
        ...(globalThis as unknown as { __print: PrintStubs }).__print.saveDialog.asked,
      ]),
    answerSaveDialog: (path) =>
      electronApp.evaluate((_electron, answer) => {
        (globalThis as unknown as { __print: PrintStubs }).__print.saveDialog.answer = answer;
      }, path),
    printRequests: () =>
      electronApp.evaluate(() => [
        ...(globalThis as unknown as { __print: PrintStubs }).__print.printed,
      ]),
    systemLock: async (reason) => {
      await electronApp.evaluate(({ powerMonitor }, name) => {
        powerMonitor.emit(name === 'suspend' ? 'suspend' : 'lock-screen');
      }, reason);
    },
  };
}
