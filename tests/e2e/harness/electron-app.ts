import path from 'node:path';
import { _electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { APP_ORIGIN } from '../../../electron/security-policy';
import { RequestLog } from './requests';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

export interface ElectronApp {
  page: Page;
  electronApp: ElectronApplication;
  requests: RequestLog;
  systemLock(reason: 'suspend' | 'screen-lock'): Promise<void>;
  quit(): Promise<void>;
  close(): Promise<void>;
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
  const page = await electronApp.firstWindow();
  const requests = new RequestLog(APP_ORIGIN);
  requests.attach(page);
  await page.waitForLoadState('domcontentloaded');
  return {
    page,
    electronApp,
    requests,
    quit: () => electronApp.close(),
    close: () => electronApp.close(),
    systemLock: async (reason) => {
      await electronApp.evaluate(({ powerMonitor }, name) => {
        powerMonitor.emit(name === 'suspend' ? 'suspend' : 'lock-screen');
      }, reason);
    },
  };
}
