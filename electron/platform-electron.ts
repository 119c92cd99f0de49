import { app, BrowserWindow, powerMonitor } from 'electron';
import type { Platform } from './platform';

export function electronPlatform(dataDir: string): Platform {
  return {
    dataDir,
    info: () => ({ name: app.getName(), version: app.getVersion(), runtime: 'electron' }),
    notify: (event, payload) => {
      for (const win of BrowserWindow.getAllWindows()) win.webContents.send(event, payload);
    },
    onSystemLock: (listener) => {
      powerMonitor.on('suspend', () => listener('suspend'));
      powerMonitor.on('lock-screen', () => listener('screen-lock'));
    },
  };
}
