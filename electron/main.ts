import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAppResource } from './app-protocol';
import { registerHandlers } from './ipc';
import { installMenu } from './menu';
import { electronPlatform } from './platform-electron';
import {
  claimSingleInstance,
  hardenAllWebContents,
  hardenSession,
  registerAppScheme,
  secureWebPreferences,
} from './security';
import { APP_ORIGIN, APP_SCHEME } from './security-policy';
import { createServices } from './services';
import type { Services } from './services';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');

// A throw-away folder for tests and development builds. A packaged app always uses the person's
// own app data folder: an environment variable must not point it at a journal placed elsewhere.
const testDataDir = app.isPackaged ? undefined : process.env.BETWEEN_SESSIONS_DATA_DIR;
const dataDir = testDataDir ?? app.getPath('userData');
if (testDataDir) app.setPath('userData', dataDir);

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;
let quitting = false;

/**
 * Quitting locks first, which writes the latest change. If that write fails the person chooses:
 * stay (and keep the words in memory while they free space) or quit and lose them.
 */
async function lockBeforeQuit(): Promise<boolean> {
  if (!services) return true;
  try {
    await services.session.requestLock('manual');
    return true;
  } catch {
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      buttons: ['Stay and keep my changes', 'Quit without saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'Your latest changes could not be saved.',
      detail: 'They are still in the app. Free some disk space, then try again.',
    });
    if (response === 1) {
      await services.session.lock('manual', { force: true });
      return true;
    }
    return false;
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Between Sessions',
    backgroundColor: '#f7f5f0',
    webPreferences: secureWebPreferences(preloadPath),
  });
  win.once('ready-to-show', () => win.show());
  // Closing the window quits the app; the page must still be there to write what is being typed.
  win.on('close', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitAfterLock();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

function quitAfterLock(): void {
  void lockBeforeQuit().then((canQuit) => {
    if (!canQuit) return;
    quitting = true;
    app.quit();
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

if (!claimSingleInstance(focusMainWindow)) {
  app.quit();
} else {
  registerAppScheme();
  hardenAllWebContents();

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, async (request) => {
      const resource = await readAppResource(rendererRoot, request.url);
      return new Response(new Uint8Array(resource.body), {
        status: resource.status,
        headers: resource.headers,
      });
    });
    services = createServices(electronPlatform(dataDir, rendererRoot));
    registerHandlers(ipcMain, services.handlers);
    installMenu({
      lock: () => void services?.session.requestLock('manual').catch(() => undefined),
      run: (id) => mainWindow?.webContents.send('app:command', { id }),
    });
    mainWindow = createWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitAfterLock();
  });

  app.on('window-all-closed', () => app.quit());
}
