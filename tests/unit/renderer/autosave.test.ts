import { describe, expect, it, vi } from 'vitest';
import { Autosave } from '../../../renderer/src/features/entries/autosave';
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
