import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, commandIds, commands, hasKeys, keysFor } from '../shared/commands';
import type { CommandDeclaration, CommandId } from '../shared/commands';

interface MenuActions {
  /** Lock is main's own: it must work even when the page does not answer. */
  lock: () => void;
  /** Any other command is run by the page, like its keyboard shortcut. */
  run: (id: CommandId) => void;
}

/**
 * The application menu, read from the same command table as the page's shortcuts and help.
 * Electron's default menu links to remote help pages; ours has none.
 */
export function installMenu(actions: MenuActions): void {
  const isMac = process.platform === 'darwin';
  const itemsOf = (menu: CommandDeclaration['menu']): MenuItemConstructorOptions[] =>
    commandIds
      .filter((id) => (commands[id] as CommandDeclaration).menu === menu)
      .map((id) => ({
        label: commands[id].label,
        ...(hasKeys(id) && { accelerator: acceleratorOf(keysFor(id, isMac)) }),
        click: () => (id === 'app.lock' ? actions.lock() : actions.run(id)),
      }));
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        ...itemsOf('file'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: 'Go', submenu: itemsOf('go') },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
