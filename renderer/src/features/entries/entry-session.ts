import type { EntryPatch } from '../../../../shared/entries/entry-contract';
import { Autosave } from './autosave';
import type { AutosaveOptions, SaveStatus } from './autosave';

export interface EntrySessionIo {
  /** Writes a patch; resolves once the main process has it. */
  write: (patch: EntryPatch) => Promise<void>;
  /** Asks the main process to drop the entry if, as stored, it holds nothing. */
  discardIfEmpty: () => Promise<{ discarded: boolean }>;
  onStatus: (status: SaveStatus, error?: string) => void;
  /** The entry is being left: the editor takes no more typing until it is gone or kept. */
  onLeaving?: (leaving: boolean) => void;
  refuse?: AutosaveOptions['refuse'];
  delayMs?: number;
}

export interface EntrySession {
  autosave: Autosave;
  /**
   * Everything typed is written first, and only then may the entry be dropped, decided on what
   * is stored: a copy the page took before the last save can never make typed words vanish.
   * Rejects, leaving the entry in place, when the write fails.
   */
  leave: () => Promise<{ discarded: boolean }>;
  /** True from the start of `leave` until it fails or keeps the entry; no typing meanwhile. */
  readonly leaving: boolean;
}

/** The editing of one open entry: its autosave, and the one way to leave it. */
export function entrySession(io: EntrySessionIo): EntrySession {
  const autosave = new Autosave({
    write: io.write,
    onStatus: io.onStatus,
    ...(io.refuse ? { refuse: io.refuse } : {}),
    ...(io.delayMs === undefined ? {} : { delayMs: io.delayMs }),
  });
  let leaving = false;
  const setLeaving = (value: boolean) => {
    leaving = value;
    io.onLeaving?.(value);
  };
  return {
    autosave,
    get leaving() {
      return leaving;
    },
    leave: async () => {
      // Sealed first: a word typed after the last write but before the main process drops a
      // blank entry would otherwise be written to an entry that no longer exists.
      setLeaving(true);
      try {
        await autosave.flush();
        const result = await io.discardIfEmpty();
        // Kept: it may stay on screen (a lock the disk refused), so it takes typing again.
        if (!result.discarded) setLeaving(false);
        return result;
      } catch (error) {
        setLeaving(false);
        throw error;
      }
    },
  };
}
