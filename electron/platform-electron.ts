import path from 'node:path';
import { app, BrowserWindow, dialog, powerMonitor, shell } from 'electron';
import type { MessageBoxOptions } from 'electron';
import type { Platform } from './platform';
import { loadFooterFont } from './print/footer-font';
import { footerTemplate, PDF_MARGINS_INCHES } from './print/footer-template';
import { watchScreenLock } from './screen-lock-dbus';

/** The app has one window; printing and its dialogs belong to it. */
function appWindow(): BrowserWindow {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!win) throw new Error('The app has no window to print');
  return win;
}

/** `rendererRoot` is the built page's folder: the PDF footer's font is read from it. */
export function electronPlatform(dataDir: string, rendererRoot: string): Platform {
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
    printPage: ({ pageSize }) =>
      new Promise((resolve, reject) => {
        appWindow().webContents.print({ pageSize, printBackground: true }, (success, reason) => {
          // Cancelling the system dialog is the person's choice, not a failure.
          if (success || reason === 'cancelled') resolve();
          else reject(new Error('print failed'));
        });
      }),
    pagePdf: async ({ pageSize, footerPeriod }) =>
      appWindow().webContents.printToPDF({
        pageSize,
        printBackground: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(footerPeriod, await loadFooterFont(rendererRoot)),
        margins: PDF_MARGINS_INCHES,
      }),
    chooseSavePath: async ({ title, defaultName, filters }) => {
      const options: Electron.SaveDialogOptions = {
        title,
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const { canceled, filePath } = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return canceled || !filePath ? null : filePath;
    },
  };
}
