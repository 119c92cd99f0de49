import { describe, expect, it, vi } from 'vitest';
import {
  acceleratorOf,
  ariaKeys,
  commandForKeys,
  keyedCommandIds,
  displayKeys,
  keysFor,
} from '../../../shared/commands';
import { CommandRegistry } from '../../../renderer/src/features/commands/registry';

const key = (
  k: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'alt' | 'shift', boolean>> = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

describe('the command table', () => {
  it('reads keys the way each platform writes them', () => {
    expect(displayKeys('Mod+N', false)).toBe('Ctrl+N');
    expect(displayKeys('Mod+N', true)).toBe('⌘N');
    expect(displayKeys('Alt+ArrowDown', false)).toBe('Alt+↓');
    expect(displayKeys('Alt+ArrowDown', true)).toBe('⌥↓');
    expect(displayKeys(keysFor('nav.back', true), true)).toBe('⌘[');
    expect(ariaKeys('Mod+L', true)).toBe('Meta+L');
    expect(ariaKeys('Mod+L', false)).toBe('Control+L');
    expect(acceleratorOf('Mod+N')).toBe('CmdOrCtrl+N');
    expect(acceleratorOf('Alt+ArrowUp')).toBe('Alt+Up');
  });

  it('finds the command for a key press, and none for the same key with another modifier', () => {
    expect(commandForKeys(key('n', { ctrl: true }), false)).toBe('entry.new');
    expect(commandForKeys(key('N', { ctrl: true, shift: true }), false)).toBeUndefined();
    expect(commandForKeys(key('n', { meta: true }), true)).toBe('entry.new');
    expect(commandForKeys(key('n', { ctrl: true }), true)).toBeUndefined();
    expect(commandForKeys(key('ArrowLeft', { alt: true }), false)).toBe('nav.back');
    // On a Mac ⌥← moves by word in text; Back is ⌘[ there.
    expect(commandForKeys(key('ArrowLeft', { alt: true }), true)).toBeUndefined();
    expect(commandForKeys(key('[', { meta: true }), true)).toBe('nav.back');
    expect(commandForKeys(key('F1'), false)).toBe('app.help');
  });

  it('gives no two commands the same keys on either platform', () => {
    for (const isMac of [false, true]) {
      const keys = keyedCommandIds.map((id) => keysFor(id, isMac));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('the command registry', () => {
  it('runs the runner of the most recently mounted screen, and the previous one after it unmounts', () => {
    const registry = new CommandRegistry();
    const first = vi.fn();
    const second = vi.fn();
    registry.register('entry.new', first);
    const off = registry.register('entry.new', second);
    expect(registry.run('entry.new')).toBe(true);
    expect(second).toHaveBeenCalledOnce();
    off();
    registry.run('entry.new');
    expect(first).toHaveBeenCalledOnce();
  });

  it('a command invoked before its screen is up runs once when the screen registers', () => {
    const registry = new CommandRegistry();
    registry.runOrWait('journal.search');
    expect(registry.waiting).toBe('journal.search');
    const run = vi.fn();
    registry.register('journal.search', run);
    expect(run).toHaveBeenCalledOnce();
    expect(registry.waiting).toBeNull();
    // Registering again (a remount) does not run it a second time.
    registry.register('journal.search', run);
    expect(run).toHaveBeenCalledOnce();
  });

  it('only the latest waiting command runs', () => {
    const registry = new CommandRegistry();
    registry.runOrWait('entry.new');
    registry.runOrWait('journal.search');
    const newEntry = vi.fn();
    registry.register('entry.new', newEntry);
    expect(newEntry).not.toHaveBeenCalled();
  });
});
