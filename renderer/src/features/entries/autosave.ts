import type { EntryPatch } from '../../../../shared/entries/entry-contract';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'failed';

export interface AutosaveOptions {
  /** Writes one merged patch; resolves once the main process has it on disk (or in memory, retrying). */
  write: (patch: EntryPatch) => Promise<void>;
  onStatus: (status: SaveStatus, error?: string) => void;
  delayMs?: number;
}

/**
 * Debounced saving that never drops an edit: edits made while a save is in flight are merged
 * and written next; `flush()` resolves only when everything typed so far has been written.
 * A failed write keeps its patch and is retried by the next edit or flush.
 */
export class Autosave {
  private pending: EntryPatch | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly delayMs: number;

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? 600;
  }

  get hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  edit(patch: EntryPatch): void {
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
    while (this.inFlight || this.pending) {
      if (this.inFlight) {
        await this.inFlight.catch(() => undefined);
        continue;
      }
      const patch = this.pending!;
      this.pending = null;
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
    this.options.onStatus('saved');
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** Every open editor registers here, so Lock and quit can wait for all of them. */
const active = new Set<Autosave>();
export const registerAutosave = (autosave: Autosave) => {
  active.add(autosave);
  return () => active.delete(autosave);
};
export async function flushAllAutosaves(): Promise<void> {
  await Promise.all([...active].map((autosave) => autosave.flush()));
}
