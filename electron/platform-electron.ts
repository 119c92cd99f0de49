import { app, BrowserWindow, powerMonitor, shell } from 'electron';
import type { Platform } from './platform';

export function electronPlatform(dataDir: string): Platform {
  return {
    dataDir,
    info: () => ({ name: app.getName(), version: app.getVersion(), runtime: 'electron' }),
    notify: (event, payload) => {
      for (const win of BrowserWindow.getAllWindows()) win.webContents.send(event, payload);
    },
    // Programmatic, so will-navigate (which refuses the page's own reloads) is not asked.
    reloadPage: () => {
      for (const win of BrowserWindow.getAllWindows()) win.webContents.reload();
    },
    openExternal: (url) => shell.openExternal(url),
    onSystemLock: (listener) => {
      powerMonitor.on('suspend', () => listener('suspend'));
      powerMonitor.on('lock-screen', () => listener('screen-lock'));
    },
  };
}
