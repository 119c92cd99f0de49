import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  flushAllAutosaves,
  registerAutosave,
} from '../../../renderer/src/features/entries/autosave';
import { entrySession } from '../../../renderer/src/features/entries/entry-session';
import type { EntrySession } from '../../../renderer/src/features/entries/entry-session';

/*
 * A model of the page writing entries against the main process, with a fake clock: random
 * sequences of typing, pauses, switching entries and locking, with random latencies on every
 * request. The main process answers in order (its change queue is serial) and decides blankness
 * on what it stores, as electron/services/entries does. No sequence may lose typed text.
 */

class FakeMain {
  readonly stored = new Map<string, string>();
  private ids = 0;
  private queueEnd = 0;
  constructor(private readonly latency: () => number) {}

  private request<T>(apply: () => T): Promise<T> {
    const now = Date.now();
    this.queueEnd = Math.max(this.queueEnd, now) + this.latency();
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(apply());
        } catch (error) {
          reject(error as Error);
        }
      }, this.queueEnd - now);
    });
  }

  create(): Promise<string> {
    return this.request(() => {
      const id = `e${++this.ids}`;
      this.stored.set(id, '');
      return id;
    });
  }

  update(id: string, body: string | undefined): Promise<void> {
    return this.request(() => {
      if (!this.stored.has(id)) throw new Error('NOT_FOUND');
      if (body !== undefined) this.stored.set(id, body);
    });
  }

  discardIfEmpty(id: string): Promise<{ discarded: boolean }> {
    return this.request(() => {
      const body = this.stored.get(id);
      if (body === undefined || body.trim()) return { discarded: false };
      this.stored.delete(id);
      return { discarded: true };
    });
  }
}

type Op =
  | { kind: 'type'; text: string }
  | { kind: 'pause'; ms: number }
  | { kind: 'switch' }
  | { kind: 'lock' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(' ', 'a', 'word ', 'x')
      .map((text) => ({ kind: 'type' as const, text })),
  },
  {
    weight: 3,
    arbitrary: fc.integer({ min: 0, max: 1500 }).map((ms) => ({ kind: 'pause' as const, ms })),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'switch' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'lock' as const }) },
);

type Leave = (main: FakeMain, id: string, session: EntrySession) => Promise<unknown>;

/** The app's way out of an entry: the entry session's own `leave`. */
const appLeave: Leave = (_main, _id, session) => session.leave();

/** What the page did before the fix: it judged "empty" on the copy it opened, without waiting. */
const staleCopyLeave: Leave = (main, id) => main.discardIfEmpty(id);

async function runModel(ops: Op[], latencies: number[], leave: Leave): Promise<string | null> {
  let n = 0;
  const main = new FakeMain(() => latencies[n++ % latencies.length]!);
  const typed = new Map<string, string>();
  const unregisters: Array<() => void> = [];
  const open = async () => {
    const id = await main.create();
    const session = entrySession({
      write: (patch) => main.update(id, patch.body),
      discardIfEmpty: () => main.discardIfEmpty(id),
      onStatus: () => {},
    });
    unregisters.push(registerAutosave(session.autosave));
    return { id, session };
  };
  // Waits for work the way a person waits: the clock runs meanwhile (no await without it).
  const settle = async <T>(work: Promise<T>): Promise<T> => {
    let done = false;
    void work.finally(() => (done = true)).catch(() => undefined);
    for (let i = 0; i < 1_000 && !done; i++) await vi.advanceTimersByTimeAsync(100);
    return work;
  };

  let current = open();
  let switching: Promise<void> | null = null;

  const lock = async () => {
    await switching;
    await flushAllAutosaves();
    const { id, session } = await current;
    await leave(main, id, session);
  };
  try {
    for (const op of ops) {
      if (op.kind === 'pause') await vi.advanceTimersByTimeAsync(op.ms);
      if (op.kind === 'type') {
        const { id, session } = await settle(current);
        // The editor of an entry being left takes no typing (it is inert): nothing is typed.
        if (session.leaving) continue;
        const text = (typed.get(id) ?? '') + op.text;
        typed.set(id, text);
        session.autosave.edit({ body: text });
      }
      if (op.kind === 'switch' && !switching) {
        // Like the router's blocker: the entry stays on screen (and takes typing) until left.
        const from = await settle(current);
        switching = (async () => {
          await leave(main, from.id, from.session);
          current = open();
          await current;
          switching = null;
        })();
      }
      if (op.kind === 'lock') {
        await settle(lock());
        current = open();
        await settle(current);
      }
    }
    await settle(lock());
    for (const [id, text] of typed) {
      if (!text.trim()) continue;
      if (main.stored.get(id) !== text) {
        return `entry ${id}: typed ${JSON.stringify(text)}, stored ${JSON.stringify(main.stored.get(id))}`;
      }
    }
    return null;
  } catch (error) {
    return `a step failed: ${(error as Error).message}`;
  } finally {
    for (const unregister of unregisters) unregister();
  }
}

const scenario = fc.tuple(
  fc.array(opArb, { minLength: 1, maxLength: 30 }),
  fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 8 }),
);

describe('leaving entries, against a model of the main process', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('no sequence of typing, pauses, switches and locks loses typed text', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ([ops, latencies]) => {
        expect(await runModel(ops, latencies, appLeave)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('the model is able to fail: judging "empty" on the opened copy loses text', async () => {
    const result = await fc.check(
      fc.asyncProperty(scenario, async ([ops, latencies]) => {
        expect(await runModel(ops, latencies, staleCopyLeave)).toBeNull();
      }),
      { numRuns: 300 },
    );
    expect(result.failed).toBe(true);
  });
});
