import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
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
import { createHandlers } from './services';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '..', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');

// A throw-away folder for tests, or the person's own app data folder.
const dataDir = process.env.BETWEEN_SESSIONS_DATA_DIR ?? app.getPath('userData');
if (process.env.BETWEEN_SESSIONS_DATA_DIR) app.setPath('userData', dataDir);

let mainWindow: BrowserWindow | null = null;

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
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
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
    registerHandlers(ipcMain, createHandlers(electronPlatform(dataDir)));
    installMenu();
    mainWindow = createWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('window-all-closed', () => app.quit());
}
