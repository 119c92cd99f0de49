import { ariaKeys, displayKeys, keysFor } from '../../../shared/commands';
import type { KeyedCommandId } from '../../../shared/commands';

/** Whether the page runs on a Mac, for ⌘ against Ctrl. */
export const isMac = navigator.platform.toLowerCase().includes('mac');

/** The keys of a command as the person reads them on this computer: "Ctrl+N" or "⌘N". */
export const keysOf = (id: KeyedCommandId): string => displayKeys(keysFor(id, isMac), isMac);

/** The keys of a command for `aria-keyshortcuts`, as this computer takes them. */
export const ariaKeysOf = (id: KeyedCommandId): string => ariaKeys(keysFor(id, isMac), isMac);
