import path from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor, shell } from 'electron';
import type { MessageBoxOptions } from 'electron';
import type { Platform } from './platform';
import { watchScreenLock } from './screen-lock-dbus';

export function electronPlatform(dataDir: string): Platform {
  // Electron reports screen lock on macOS and Windows; on Linux the D-Bus watch decides.
  let screenLock = Promise.resolve(process.platform !== 'linux');
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
    screenLockDetection: () => screenLock,
    confirmOpenExternal: async (url) => {
      const options: MessageBoxOptions = {
        type: 'question',
        title: 'Open link',
        message: url.startsWith('mailto:')
          ? 'Write to this address in your mail app?'
          : 'Open this address in your web browser?',
        detail: url,
        buttons: ['Cancel', 'Open'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const { response } = parent
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options);
      return response === 1;
    },
    chooseOpenPath: async ({ title, folder }) => {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = {
        title,
        properties: [folder ? ('openDirectory' as const) : ('openFile' as const)],
        ...(folder
          ? {}
          : {
              filters: [
                {
                  name: 'Journal exports',
                  extensions: ['bsvault', 'zip', 'json', 'txt', 'csv', 'md', 'markdown'],
                },
                { name: 'All files', extensions: ['*'] },
              ],
            }),
      };
      const { canceled, filePaths } = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return canceled ? undefined : filePaths[0];
    },
    chooseExportPath: async ({ title, defaultName, filters }) => {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = {
        title,
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters,
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const { canceled, filePath } = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return canceled || !filePath ? undefined : filePath;
    },
    onSystemLock: (listener) => {
      powerMonitor.on('suspend', () => listener('suspend'));
      powerMonitor.on('lock-screen', () => listener('screen-lock'));
      if (process.platform === 'linux') {
        screenLock = watchScreenLock(() => listener('screen-lock')).then((watch) => {
          app.once('will-quit', () => watch.stop());
          return watch.available;
        });
      }
    },
  };
}
