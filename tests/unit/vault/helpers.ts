import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeFs } from '../../../electron/vault/fs-layer';
import type { VaultFileHandle, VaultFs } from '../../../electron/vault/fs-layer';

export { CHEAP_KDF } from '../../support/kdf';
export { tempDir } from '../../support/temp-dirs';

/** Every file under `dir` (one level into `backups/`), sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      for (const inner of await readdir(join(dir, entry.name))) out.push(`${entry.name}/${inner}`);
    } else out.push(entry.name);
  }
  return out.sort();
}

export function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault`), { code });
}

/** The steps of a save, as the fault-injecting fs names them. */
export const SAVE_STEPS = ['open', 'write', 'fsync', 'close', 'rename', 'fsyncDir'] as const;
export type SaveStep = (typeof SAVE_STEPS)[number];

export interface FaultyFs extends VaultFs {
  /** Fails the `skip`+1-th call of `step` from now on with `code`, until disarmed. */
  arm(step: SaveStep, code: string, skip?: number): void;
  disarm(): void;
  /** Steps seen so far (writing opens only). */
  readonly steps: SaveStep[];
}

/** A file layer that fails chosen steps, so every failure point of a save can be tested. */
export function faultyFs(base: VaultFs = nodeFs): FaultyFs {
  let fault: { step: SaveStep; code: string; skip: number } | undefined;
  const steps: SaveStep[] = [];
  const hit = (step: SaveStep) => {
    steps.push(step);
    if (fault?.step !== step) return;
    if (fault.skip > 0) fault.skip--;
    else throw errnoError(fault.code);
  };
  const wrap = (handle: VaultFileHandle): VaultFileHandle => ({
    write: async (...args) => {
      hit('write');
      return handle.write(...args);
    },
    read: (...args) => handle.read(...args),
    sync: async () => {
      hit('fsync');
      return handle.sync();
    },
    close: async () => {
      hit('close');
      return handle.close();
    },
  });
  return {
    ...base,
    steps,
    arm(step, code, skip = 0) {
      fault = { step, code, skip };
    },
    disarm() {
      fault = undefined;
    },
    async open(path, flags, mode) {
      // Only opens that write count as a save step; reads (change detection) pass through.
      if (!flags.includes('w')) return base.open(path, flags, mode);
      hit('open');
      return wrap(await base.open(path, flags, mode));
    },
    async rename(from, to) {
      hit('rename');
      return base.rename(from, to);
    },
    async fsyncDir(dir) {
      hit('fsyncDir');
      return base.fsyncDir(dir);
    },
  };
}
