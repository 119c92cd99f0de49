import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { errnoOf } from './errors';
import type { VaultFs } from './fs-layer';

/** A failed durable write, saying whether the new bytes had already replaced the old. */
export class DurableWriteError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly replaced: boolean,
  ) {
    super('durable write failed', { cause });
    this.name = 'DurableWriteError';
  }
}

const TEMP_SUFFIX = '.tmp';

/** Temp files of `file` are `.<name>.<random hex>.tmp` in the same folder (same file system). */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export function isTempOf(file: string, candidate: string): boolean {
  const prefix = `.${basename(file)}.`;
  return (
    candidate.startsWith(prefix) &&
    candidate.endsWith(TEMP_SUFFIX) &&
    /^[0-9a-f]+$/.test(candidate.slice(prefix.length, -TEMP_SUFFIX.length))
  );
}

/** Removes temp files a killed process left behind. Only call while holding the vault's lock. */
export async function removeStaleTemps(fs: VaultFs, file: string): Promise<void> {
  const dir = dirname(file);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (isTempOf(file, name)) await fs.unlink(join(dir, name)).catch(() => undefined);
  }
}

export interface DurableWriteOptions {
  platform?: NodeJS.Platform;
  /** Waits between rename retries on Windows; injectable so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

export interface WriteHooks {
  /**
   * Runs while the temp file's fsync is in flight (the main thread is idle then). If it throws,
   * nothing replaces the target and the error is rethrown as is.
   */
  whileSyncing?: () => void;
}

/** Rethrown as is from `writeFileDurably`: a refusal by a hook, not an I/O failure. */
class HookRefusal {
  constructor(readonly error: unknown) {}
}

/**
 * Replaces `file` with `data` so that after a crash at any instant the file holds either the
 * old bytes or the new ones, complete: write a temp file beside it, fsync it, rename it over,
 * then fsync the folder so the rename itself survives a power cut.
 */
export async function writeFileDurably(
  fs: VaultFs,
  file: string,
  data: Uint8Array | readonly Uint8Array[],
  options: DurableWriteOptions & WriteHooks = {},
): Promise<void> {
  const platform = options.platform ?? process.platform;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const chunks = data instanceof Uint8Array ? [data] : data;
  const temp = tempPathFor(file);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    created = true;
    try {
      for (const chunk of chunks) {
        let offset = 0;
        while (offset < chunk.length) {
          const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset, null);
          if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
          offset += bytesWritten;
        }
      }
      const syncing = handle.sync();
      let refusal: HookRefusal | undefined;
      try {
        options.whileSyncing?.();
      } catch (error) {
        refusal = new HookRefusal(error);
      }
      await syncing;
      if (refusal) throw refusal;
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
    await handle.close();
    await renameWithRetry(fs, temp, file, platform, sleep);
  } catch (cause) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    if (cause instanceof HookRefusal) throw cause.error;
    throw new DurableWriteError(cause, false);
  }
  // Windows cannot open a directory to flush it; its rename is already durable enough.
  if (platform !== 'win32') {
    try {
      await fs.fsyncDir(dirname(file));
    } catch (cause) {
      throw new DurableWriteError(cause, true);
    }
  }
}

const WINDOWS_RENAME_RETRIES = [10, 20, 50, 100, 200, 400];

// Antivirus and indexers on Windows briefly hold files open, making a rename fail with
// EPERM/EBUSY/EACCES for a few milliseconds. Elsewhere those errors are real and final.
async function renameWithRetry(
  fs: VaultFs,
  from: string,
  to: string,
  platform: NodeJS.Platform,
  sleep: (ms: number) => Promise<void>,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const transient = ['EPERM', 'EBUSY', 'EACCES'].includes(errnoOf(error) ?? '');
      const wait = WINDOWS_RENAME_RETRIES[attempt];
      if (platform !== 'win32' || !transient || wait === undefined) throw error;
      await sleep(wait);
    }
  }
}
