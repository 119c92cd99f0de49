import { describe, expect, it, vi } from 'vitest';
import { PlanAutosave } from '../../../renderer/src/features/safety-plan/plan-autosave';
import type { SaveStatus } from '../../../renderer/src/features/entries/autosave';
import { emptySafetyPlan } from '../../../shared/domain';
import { safetyPlanProblem } from '../../../shared/therapy/safety-plan';
import type { SafetyPlanDraft } from '../../../shared/therapy/safety-plan';

const plan = (warningSigns: string[]): SafetyPlanDraft => ({ ...emptySafetyPlan(), warningSigns });

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function saver(write: (draft: SafetyPlanDraft) => Promise<void>) {
  const statuses: Array<[SaveStatus, string?]> = [];
  const autosave = new PlanAutosave({
    write,
    problem: safetyPlanProblem,
    onStatus: (status, message) => statuses.push(message ? [status, message] : [status]),
    delayMs: 10_000,
  });
  return { autosave, statuses };
}

describe('the safety plan’s autosave', () => {
  it('writes only the newest plan after a write in flight', async () => {
    const writes: SafetyPlanDraft[] = [];
    const gates = [deferred(), deferred()];
    const { autosave } = saver((draft) => {
      writes.push(draft);
      return gates[writes.length - 1]!.promise;
    });
    autosave.edit(plan(['a']));
    const flushing = autosave.flush();
    autosave.edit(plan(['ab']));
    autosave.edit(plan(['abc']));
    gates[0]!.resolve();
    await vi.waitFor(() => expect(writes).toHaveLength(2));
    gates[1]!.resolve();
    await flushing;
    expect(writes).toEqual([plan(['a']), plan(['abc'])]);
    expect(autosave.hasUnsaved).toBe(false);
  });

  it('keeps a plan whose write failed, says why, and writes it with the next flush', async () => {
    let fail = true;
    const writes: SafetyPlanDraft[] = [];
    const { autosave, statuses } = saver(async (draft) => {
      if (fail) throw new Error('disk full');
      writes.push(draft);
    });
    autosave.edit(plan(['Not sleeping']));
    await expect(autosave.flush()).rejects.toThrow('disk full');
    expect(autosave.hasUnsaved).toBe(true);
    expect(statuses.at(-1)?.[0]).toBe('failed');
    fail = false;
    await autosave.flush();
    expect(writes).toEqual([plan(['Not sleeping'])]);
    expect(statuses.at(-1)).toEqual(['saved']);
  });

  it('a newer plan replaces one that failed', async () => {
    const gate = deferred();
    const writes: SafetyPlanDraft[] = [];
    const { autosave } = saver((draft) => {
      writes.push(draft);
      return writes.length === 1 ? gate.promise : Promise.resolve();
    });
    autosave.edit(plan(['old']));
    const first = autosave.flush();
    autosave.edit(plan(['new']));
    gate.reject(new Error('refused'));
    await expect(first).rejects.toThrow('refused');
    await autosave.flush();
    expect(writes).toEqual([plan(['old']), plan(['new'])]);
  });

  it('holds a plan with a nameless contact, without writing, until it has a name', async () => {
    const write = vi.fn(async () => {});
    const { autosave, statuses } = saver(write);
    const nameless = { ...emptySafetyPlan(), professionals: [{ name: '', phone: '112' }] };
    autosave.edit(nameless);
    await expect(autosave.flush()).rejects.toMatchObject({ error: { code: 'BAD_INPUT' } });
    expect(write).not.toHaveBeenCalled();
    expect(autosave.hasUnsaved).toBe(true);
    expect(statuses.at(-1)).toEqual(['failed', safetyPlanProblem(nameless)]);
    const named = { ...nameless, professionals: [{ name: 'Crisis line', phone: '112' }] };
    autosave.edit(named);
    await autosave.flush();
    expect(write).toHaveBeenCalledWith(named);
    expect(autosave.hasUnsaved).toBe(false);
  });
});
