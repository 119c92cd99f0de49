import type { EntryPatch } from '../../../../shared/entries/entry-contract';
import { CallError } from '../../lib/result';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'failed';

export interface AutosaveOptions {
  /** Writes one merged patch; resolves once the main process has it on disk (or in memory, retrying). */
  write: (patch: EntryPatch) => Promise<void>;
  onStatus: (status: SaveStatus, error?: string) => void;
  /**
   * The fields of a patch the main process would refuse, with why. They are held back (kept,
   * never dropped) while the rest is written, and the status says which and why.
   */
  refuse?: (patch: EntryPatch) => Partial<Record<keyof EntryPatch, string>>;
  delayMs?: number;
}

/** `patch` without the fields `newer` sets: a newer value replaces a held one. */
const without = (patch: EntryPatch, newer: EntryPatch): EntryPatch =>
  Object.fromEntries(Object.entries(patch).filter(([field]) => !(field in newer)));

/**
 * Debounced saving that never drops an edit: edits made while a save is in flight are merged
 * and written next; `flush()` resolves only when everything typed so far has been written.
 * A failed write keeps its patch and is retried by the next edit or flush.
 */
export class Autosave {
  private pending: EntryPatch | null = null;
  /** Edits too big to save: kept until the person changes them, and retried with each flush. */
  private held: EntryPatch = {};
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly delayMs: number;

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? 600;
  }

  get hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight !== null || Object.keys(this.held).length > 0;
  }

  edit(patch: EntryPatch): void {
    this.held = without(this.held, patch);
    this.pending = { ...this.pending, ...patch };
    this.options.onStatus('unsaved');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch(() => {
        // Reported through onStatus('failed'); the patch is kept for the next try.
      });
    }, this.delayMs);
  }

  /** Writes everything pending, waiting for a write already in flight first. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (Object.keys(this.held).length > 0) {
      this.pending = { ...this.held, ...this.pending };
      this.held = {};
    }
    const reasons: string[] = [];
    while (this.inFlight || this.pending) {
      if (this.inFlight) {
        await this.inFlight.catch(() => undefined);
        continue;
      }
      const refused = this.options.refuse?.(this.pending!) ?? {};
      const entries = Object.entries(this.pending!);
      this.pending = null;
      const patch = Object.fromEntries(entries.filter(([field]) => !(field in refused)));
      this.held = {
        ...without(this.held, patch),
        ...Object.fromEntries(entries.filter(([field]) => field in refused)),
      };
      reasons.push(...Object.values(refused));
      if (Object.keys(patch).length === 0) continue;
      this.options.onStatus('saving');
      this.inFlight = this.options.write(patch).finally(() => {
        this.inFlight = null;
      });
      try {
        await this.inFlight;
      } catch (error) {
        // Put the failed patch back under any newer edits, so nothing typed is lost.
        this.pending = { ...patch, ...(this.pending ?? {}) };
        this.options.onStatus('failed', error instanceof Error ? error.message : undefined);
        throw error;
      }
    }
    if (reasons.length > 0) {
      const message = reasons.join(' ');
      this.options.onStatus('failed', message);
      // As the main process would say it: the edit is kept in the page, and whoever flushed
      // (leaving the entry, Lock) stops and shows why.
      throw new CallError({ code: 'BAD_INPUT', message });
    }
    this.options.onStatus('saved');
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** Whatever holds typed text not yet written: an entry's autosave, the safety plan's. */
export interface Flushable {
  flush(): Promise<void>;
}

/** Every open editor registers here, so Lock and quit can wait for all of them. */
const active = new Set<Flushable>();
export const registerAutosave = (autosave: Flushable) => {
  active.add(autosave);
  return () => active.delete(autosave);
};
export async function flushAllAutosaves(): Promise<void> {
  await Promise.all([...active].map((autosave) => autosave.flush()));
}
