/** Every keyboard shortcut, once: the key handler and the help dialog both read this list. */
export type ShortcutAction = 'newEntry' | 'search' | 'lock' | 'next' | 'previous' | 'help';

export interface Shortcut {
  action: ShortcutAction;
  label: string;
  /** For display and aria-keyshortcuts; "Mod" is Ctrl, or ⌘ on a Mac. */
  keys: string;
  matches: (event: KeyboardEvent, isMac: boolean) => boolean;
}

const mod = (event: KeyboardEvent, isMac: boolean) =>
  (isMac ? event.metaKey : event.ctrlKey) && !event.altKey;

export const shortcuts: Shortcut[] = [
  {
    action: 'newEntry',
    label: 'New entry',
    keys: 'Mod+N',
    matches: (e, mac) => mod(e, mac) && !e.shiftKey && e.key.toLowerCase() === 'n',
  },
  {
    action: 'search',
    label: 'Search',
    keys: 'Mod+F',
    matches: (e, mac) => mod(e, mac) && !e.shiftKey && e.key.toLowerCase() === 'f',
  },
  {
    action: 'next',
    label: 'Next (older) entry',
    keys: 'Alt+ArrowDown',
    matches: (e) => e.altKey && !e.ctrlKey && !e.metaKey && e.key === 'ArrowDown',
  },
  {
    action: 'previous',
    label: 'Previous (newer) entry',
    keys: 'Alt+ArrowUp',
    matches: (e) => e.altKey && !e.ctrlKey && !e.metaKey && e.key === 'ArrowUp',
  },
  {
    action: 'lock',
    label: 'Lock the journal',
    keys: 'Mod+L',
    matches: (e, mac) => mod(e, mac) && !e.shiftKey && e.key.toLowerCase() === 'l',
  },
  {
    action: 'help',
    label: 'Show keyboard shortcuts',
    keys: 'F1',
    matches: (e) => e.key === 'F1',
  },
];

export const displayKeys = (keys: string, isMac: boolean) =>
  keys
    .replace('Mod', isMac ? '⌘' : 'Ctrl')
    .replace('ArrowDown', '↓')
    .replace('ArrowUp', '↑')
    .replace('Alt', isMac ? '⌥' : 'Alt');

export const ariaKeys = (keys: string, isMac: boolean) =>
  keys.replace('Mod', isMac ? 'Meta' : 'Control');
