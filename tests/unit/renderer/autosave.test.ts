import { describe, expect, it, vi } from 'vitest';
import { Autosave } from '../../../renderer/src/features/entries/autosave';
import { refusedFields } from '../../../renderer/src/features/entries/patch-limits';
import type { EntryPatch } from '../../../shared/entries/entry-contract';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('autosave', () => {
  it('saves an edit made while a save is in flight, right after it', async () => {
    const writes: EntryPatch[] = [];
    const gates = [deferred(), deferred()];
    const autosave = new Autosave({
      write: (patch) => {
        writes.push(patch);
        return gates[writes.length - 1]!.promise;
      },
      onStatus: () => {},
      delayMs: 10_000,
    });
    autosave.edit({ body: 'first' });
    const flushing = autosave.flush();
    autosave.edit({ body: 'first and second' });
    gates[0]!.resolve();
    await vi.waitFor(() => expect(writes).toHaveLength(2));
    gates[1]!.resolve();
    await flushing;
    await autosave.flush();
    expect(writes).toEqual([{ body: 'first' }, { body: 'first and second' }]);
    expect(autosave.hasUnsaved).toBe(false);
  });

  it('keeps a failed patch and writes it with the next flush', async () => {
    const write = vi
      .fn<(patch: EntryPatch) => Promise<void>>()
      .mockRejectedValueOnce(new Error('disk full'))
      .mockResolvedValue();
    const statuses: string[] = [];
    const autosave = new Autosave({ write, onStatus: (s) => statuses.push(s), delayMs: 10_000 });
    autosave.edit({ title: 'Kept' });
    await expect(autosave.flush()).rejects.toThrow('disk full');
    expect(autosave.hasUnsaved).toBe(true);
    autosave.edit({ body: 'newer' });
    await autosave.flush();
    expect(write).toHaveBeenLastCalledWith({ title: 'Kept', body: 'newer' });
    expect(statuses).toContain('failed');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('debounces quick edits into one write', async () => {
    vi.useFakeTimers();
    const write = vi.fn(async () => {});
    const autosave = new Autosave({ write, onStatus: () => {}, delayMs: 500 });
    autosave.edit({ body: 'a' });
    autosave.edit({ body: 'ab' });
    autosave.edit({ body: 'abc' });
    await vi.advanceTimersByTimeAsync(600);
    expect(write).toHaveBeenCalledOnce();
    expect(write).toHaveBeenCalledWith({ body: 'abc' });
    vi.useRealTimers();
  });
});

describe('autosave with edits too big to save', () => {
  const body = 'x'.repeat(1_000_001);

  it('writes the other fields, keeps the refused one, and says which and why', async () => {
    const writes: EntryPatch[] = [];
    const statuses: Array<[string, string | undefined]> = [];
    const autosave = new Autosave({
      write: async (patch) => void writes.push(patch),
      onStatus: (status, error) => statuses.push([status, error]),
      refuse: refusedFields,
      delayMs: 10_000,
    });
    autosave.edit({ title: 'Kept', body, mood: 4 });
    await expect(autosave.flush()).rejects.toMatchObject({ error: { code: 'BAD_INPUT' } });
    expect(writes).toEqual([{ title: 'Kept', mood: 4 }]);
    expect(statuses.at(-1)?.[0]).toBe('failed');
    expect(statuses.at(-1)?.[1]).toMatch(/text is longer than 1,000,000 characters/);
    expect(autosave.hasUnsaved).toBe(true);

    // Flushing again (a second Lock) still refuses rather than forgetting the held text.
    await expect(autosave.flush()).rejects.toMatchObject({ error: { code: 'BAD_INPUT' } });
    expect(writes).toHaveLength(1);

    // Once the person shortens it, the newer text replaces the held one and is written.
    autosave.edit({ body: 'shorter' });
    await autosave.flush();
    expect(writes.at(-1)).toEqual({ body: 'shorter' });
    expect(autosave.hasUnsaved).toBe(false);
    await autosave.flush();
    expect(writes).toHaveLength(2);
  });
});
