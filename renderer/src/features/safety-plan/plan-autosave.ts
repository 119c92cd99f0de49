import type { SafetyPlanDraft } from '../../../../shared/therapy/safety-plan';
import { CallError, messageOf } from '../../lib/result';
import type { SaveStatus } from '../entries/autosave';

export interface PlanAutosaveOptions {
  /** Replaces the stored plan; resolves once the main process has it. */
  write: (draft: SafetyPlanDraft) => Promise<void>;
  onStatus: (status: SaveStatus, message?: string) => void;
  /** Why this draft cannot be stored yet (a contact with a number but no name), or null. */
  problem: (draft: SafetyPlanDraft) => string | null;
  delayMs?: number;
}

/**
 * Saves the safety plan a moment after each change. The plan is replaced as a whole, so only the
 * newest draft is ever written; a draft that fails (refused, or the write failed) stays pending,
 * is written with the next change or flush, and `flush()` rejects until it is written. The page
 * keeps showing what was typed throughout: nothing here ever drops an edit.
 */
export class PlanAutosave {
  private pending: SafetyPlanDraft | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly delayMs: number;

  constructor(private readonly options: PlanAutosaveOptions) {
    this.delayMs = options.delayMs ?? 700;
  }

  get hasUnsaved(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  edit(draft: SafetyPlanDraft): void {
    this.pending = draft;
    this.options.onStatus('unsaved');
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      // Reported through onStatus('failed'); the draft is kept for the next try.
      void this.flush().catch(() => undefined);
    }, this.delayMs);
  }

  /** Writes the newest draft, after any write already in flight. */
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
      const draft = this.pending!;
      const problem = this.options.problem(draft);
      if (problem) {
        this.options.onStatus('failed', problem);
        throw new CallError({ code: 'BAD_INPUT', message: problem });
      }
      this.pending = null;
      this.options.onStatus('saving');
      this.inFlight = this.options.write(draft).finally(() => {
        this.inFlight = null;
      });
      try {
        await this.inFlight;
      } catch (error) {
        // A newer draft replaces the failed one; otherwise the failed one is tried again.
        this.pending ??= draft;
        this.options.onStatus('failed', messageOf(error));
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
