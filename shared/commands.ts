/**
 * Every command of the app, declared once: the page's keyboard shortcuts, the help dialog, hint
 * text and the application menu all read this table. Screens say what a command does while they
 * are mounted; nothing here runs anything.
 *
 * Keys are written once for every platform: "Mod" is ⌘ on a Mac and Ctrl elsewhere.
 */
export interface CommandDeclaration {
  label: string;
  /** Absent for a command reached only from the menu or a button (Import…). */
  keys?: string;
  /** Where a Mac has its own convention (⌘[ for Back: ⌥← moves by word in text there). */
  macKeys?: string;
  /** Where it appears in the application menu, if anywhere. */
  menu?: 'file' | 'go';
  /**
   * `always`: runs from any screen of the unlocked app (its runner is the shell's).
   * `screen`: needs the screen that runs it; invoked elsewhere, the shell opens that screen and
   * the command runs once the screen is up.
   */
  scope: 'always' | 'screen';
  /** For a `screen` command invoked elsewhere: the address of the screen that runs it. */
  home?: string;
}

export const commands = {
  'entry.new': {
    label: 'New entry',
    keys: 'Mod+N',
    menu: 'file',
    scope: 'screen',
    home: '/journal',
  },
  // No keys: importing is rare, and every free combination is some editor's or OS's already.
  'journal.import': {
    label: 'Import…',
    menu: 'file',
    scope: 'screen',
    home: '/settings/import',
  },
  'journal.search': {
    label: 'Search the journal',
    keys: 'Mod+F',
    menu: 'go',
    scope: 'screen',
    home: '/journal',
  },
  'entry.next': { label: 'Next (older) entry', keys: 'Alt+ArrowDown', scope: 'screen' },
  'entry.previous': { label: 'Previous (newer) entry', keys: 'Alt+ArrowUp', scope: 'screen' },
  // Needs an open entry: invoked anywhere else it does nothing rather than open a blank one.
  'insight.mark': { label: 'Mark insight', keys: 'Mod+Shift+M', scope: 'screen' },
  'nav.back': {
    label: 'Back',
    keys: 'Alt+ArrowLeft',
    macKeys: 'Mod+[',
    menu: 'go',
    scope: 'always',
  },
  'nav.forward': {
    label: 'Forward',
    keys: 'Alt+ArrowRight',
    macKeys: 'Mod+]',
    menu: 'go',
    scope: 'always',
  },
  'app.lock': { label: 'Lock the journal', keys: 'Mod+L', menu: 'file', scope: 'always' },
  'app.help': { label: 'Show keyboard shortcuts', keys: 'F1', scope: 'always' },
} as const satisfies Record<string, CommandDeclaration>;

export type CommandId = keyof typeof commands;
export const commandIds = Object.keys(commands) as CommandId[];

/** The commands that have keys: the shortcuts the page listens for and the help lists. */
export type KeyedCommandId = {
  [K in CommandId]: (typeof commands)[K] extends { keys: string } ? K : never;
}[CommandId];

export const hasKeys = (id: CommandId): id is KeyedCommandId =>
  (commands[id] as CommandDeclaration).keys !== undefined;

export const keyedCommandIds: KeyedCommandId[] = commandIds.filter(hasKeys);

export const isCommandId = (value: string): value is CommandId =>
  Object.prototype.hasOwnProperty.call(commands, value);

/** The keys of a command on this platform. */
export function keysFor(id: KeyedCommandId, isMac: boolean): string {
  const declaration: CommandDeclaration & { keys: string } = commands[id];
  return (isMac && declaration.macKeys) || declaration.keys;
}

interface ParsedKeys {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

export function parseKeys(keys: string): ParsedKeys {
  const parts = keys.split('+');
  const key = parts.pop()!;
  return {
    mod: parts.includes('Mod'),
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
    key,
  };
}

const arrows: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** How a person reads the keys: "Ctrl+N" elsewhere, "⌘N" on a Mac (Apple's own style). */
export function displayKeys(keys: string, isMac: boolean): string {
  const { mod, alt, shift, key } = parseKeys(keys);
  const name = arrows[key] ?? key;
  if (isMac) return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${mod ? '⌘' : ''}${name}`;
  return [mod && 'Ctrl', alt && 'Alt', shift && 'Shift', name].filter(Boolean).join('+');
}

/** The `aria-keyshortcuts` value (WAI-ARIA names the modifiers "Control" and "Meta"). */
export function ariaKeys(keys: string, isMac: boolean): string {
  const { mod, alt, shift, key } = parseKeys(keys);
  return [mod && (isMac ? 'Meta' : 'Control'), alt && 'Alt', shift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

/** An Electron menu accelerator for the keys. */
export function acceleratorOf(keys: string): string {
  const { mod, alt, shift, key } = parseKeys(keys);
  const name = key.startsWith('Arrow') ? key.slice('Arrow'.length) : key;
  return [mod && 'CmdOrCtrl', alt && 'Alt', shift && 'Shift', name].filter(Boolean).join('+');
}

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** True when the key event is exactly these keys (no extra modifier). */
export function keysMatch(keys: string, event: KeyLike, isMac: boolean): boolean {
  const { mod, alt, shift, key } = parseKeys(keys);
  const modDown = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  return (
    modDown === mod &&
    !otherMod &&
    event.altKey === alt &&
    event.shiftKey === shift &&
    event.key.toLowerCase() === key.toLowerCase()
  );
}

/** The command these keys run, if any. */
export function commandForKeys(event: KeyLike, isMac: boolean): CommandId | undefined {
  return keyedCommandIds.find((id) => keysMatch(keysFor(id, isMac), event, isMac));
}
