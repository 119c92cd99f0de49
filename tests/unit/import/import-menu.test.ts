import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const built: { template?: MenuItemConstructorOptions[] } = {};
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
      built.template = template;
      return {};
    },
    setApplicationMenu: () => undefined,
  },
}));

const { installMenu } = await import('../../../electron/menu');

describe('the application menu’s Import… item', () => {
  it('sits in File with no shortcut, between New entry and Lock, and asks the page to open the import screen', () => {
    const run = vi.fn();
    const lock = vi.fn();
    installMenu({ run, lock });
    const file = built.template!.find((menu) => menu.label === 'File')!;
    const items = file.submenu as MenuItemConstructorOptions[];
    expect(items.map((item) => item.label).filter(Boolean)).toEqual([
      'New entry',
      'Import…',
      'Lock the journal',
    ]);
    const item = items.find((i) => i.label === 'Import…')!;
    expect(item.accelerator).toBeUndefined();
    (item.click as () => void)();
    expect(run).toHaveBeenCalledWith('journal.import');
    expect(lock).not.toHaveBeenCalled();
  });
});
