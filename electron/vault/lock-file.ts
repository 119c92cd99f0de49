import { resolve } from 'node:path';
import { errnoOf, ioError, VaultError } from './errors';
import type { VaultFileHandle, VaultFs } from './fs-layer';

/** Held while a vault is open; `release` is idempotent. */
export interface VaultLock {
  release(): Promise<void>;
}

// Locks this process holds. A pid check alone cannot tell two opens in one process apart.
const heldHere = new Set<string>();

export function lockPathFor(file: string): string {
  return `${resolve(file)}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it still holds the lock.
    return errnoOf(error) === 'EPERM';
  }
}

/** Reasons a folder cannot take a lock file that also mean nobody can write the vault there. */
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Takes the lock file beside the vault (`<file>.lock`, holding our pid). A lock whose pid is
 * alive is another writer: `LOCKED_BY_OTHER`. One whose process is gone was left by a crash and is
 * taken over. In a read-only folder no lock can be taken, but nobody can write there either, so
 * reading proceeds without one (saves will then fail with `IO`, which is the truth).
 *
 * Known limit: if the dead writer's pid was reused by an unrelated process, the lock looks held
 * until that process exits. Electron's single-instance lock covers the common case first.
 */
export async function acquireLock(fs: VaultFs, file: string): Promise<VaultLock> {
  const path = lockPathFor(file);
  if (heldHere.has(path)) throw new VaultError('LOCKED_BY_OTHER');
  for (let attempt = 0; attempt < 3; attempt++) {
    let handle: VaultFileHandle | undefined;
    try {
      handle = await fs.open(path, 'wx', 0o600);
    } catch (error) {
      const errno = errnoOf(error);
      if (errno && READ_ONLY.has(errno)) return { release: async () => undefined };
      if (errno !== 'EEXIST') throw ioError(error);
    }
    if (handle) {
      heldHere.add(path);
      try {
        const text = Buffer.from(`${process.pid}\n`, 'utf8');
        await handle.write(text, 0, text.length, null);
        await handle.close();
      } catch (error) {
        await handle.close().catch(() => undefined);
        await releasePath(fs, path);
        throw ioError(error);
      }
      return ownLock(fs, path);
    }
    let holder: number | undefined;
    try {
      holder = Number.parseInt((await fs.readFile(path)).toString('utf8').trim(), 10);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') continue;
      throw ioError(error);
    }
    if (Number.isSafeInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new VaultError('LOCKED_BY_OTHER');
    }
    await fs.unlink(path).catch((error: unknown) => {
      if (errnoOf(error) !== 'ENOENT') throw ioError(error);
    });
  }
  throw new VaultError('LOCKED_BY_OTHER');
}

function ownLock(fs: VaultFs, path: string): VaultLock {
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await releasePath(fs, path);
    },
  };
}

async function releasePath(fs: VaultFs, path: string): Promise<void> {
  heldHere.delete(path);
  await fs.unlink(path).catch(() => undefined);
}
