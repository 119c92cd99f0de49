import { timingSafeEqual } from 'node:crypto';
import type { Low } from 'lowdb';
import type { JournalDocument } from '../../shared/domain';
import type { EncryptedAdapter } from './adapter';
import { backUpIfDue, listBackupsWith, localDay, writeBackup } from './backups';
import type { BackupInfo, BackupKind } from './backups';
import { newDataKey } from './cipher';
import type { DurableWriteOptions } from './durable-write';
import { errnoOf, ioError, VaultError } from './errors';
import { encodeHeader, readHeader } from './format';
import type { VaultHeader } from './format';
import type { VaultFs } from './fs-layer';
import type { ScryptParams } from './kdf';
import { passphraseSlot, recoverySlot, unlockDataKey } from './key-slots';
import type { VaultLock } from './lock-file';
import { formatRecoveryKey, generateRecoveryKeyBytes } from './recovery-key';

export interface VaultContext {
  file: string;
  fs: VaultFs;
  kdf: ScryptParams;
  now: () => Date;
  write: DurableWriteOptions;
}

/** Refuses an empty passphrase; how strong it must be beyond that is the create screen's call. */
export function assertUsablePassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || passphrase.normalize('NFC').length === 0) {
    throw new RangeError('the passphrase must not be empty');
  }
}

/**
 * An unlocked journal. `data` is the live document; change it only through `update` so every
 * change is written. Writes run one at a time, in the order they were asked for.
 */
export class Vault {
  #low: Low<JournalDocument>;
  #adapter: EncryptedAdapter;
  #context: VaultContext;
  #lock: VaultLock;
  #queue: Promise<unknown> = Promise.resolve();
  /** Counts changes to the in-memory document; `#durable` is the count last on disk. */
  #generation = 0;
  #durable = 0;
  #closed = false;
  #backupError: VaultError | undefined;
  #backupCheckedDay: string | undefined;
  #closing: Promise<void> | undefined;

  constructor(
    low: Low<JournalDocument>,
    adapter: EncryptedAdapter,
    context: VaultContext,
    lock: VaultLock,
  ) {
    this.#low = low;
    this.#adapter = adapter;
    this.#context = context;
    this.#lock = lock;
    adapter.changeCount = () => this.#generation;
  }

  get file(): string {
    return this.#context.file;
  }

  /** The decrypted, validated, migrated document. */
  get data(): JournalDocument {
    this.#assertOpen();
    return this.#low.data;
  }

  /** True while the in-memory document holds changes not yet on disk (e.g. after an `IO` error). */
  get dirty(): boolean {
    return this.#generation !== this.#durable;
  }

  /** Why the last automatic backup failed, if it did. Unlocking does not fail for it. */
  get backupError(): VaultError | undefined {
    return this.#backupError;
  }

  /**
   * Applies `fn` to the in-memory document now, then resolves once the bytes are durable.
   * If the write fails the change stays in memory, `dirty` is true, and `save()` retries.
   */
  update(fn: (doc: JournalDocument) => void): Promise<void> {
    try {
      this.#assertOpen();
    } catch (error) {
      return Promise.reject(error);
    }
    try {
      fn(this.#low.data);
    } catch (error) {
      // A throwing fn may still have changed part of the document: it counts as unsaved.
      this.#generation++;
      return Promise.reject(error);
    }
    this.#generation++;
    return this.#enqueueSave(this.#generation);
  }

  /**
   * A change that happens whole or not at all: `fn` runs on a copy of the document, the copy is
   * written, and only once it is on disk is the same change applied to the live document. If the
   * backup, `fn` or the write fails, the journal in memory and on disk is exactly as before (a
   * plain `update` would keep a change the disk refused, to retry it). `backup` first copies the
   * file as it is now into the backups folder. `fn` must make the same change each time it runs
   * on the same document: it runs twice.
   */
  updateAllOrNothing(
    fn: (doc: JournalDocument) => void,
    options: { backup?: BackupKind } = {},
  ): Promise<void> {
    try {
      this.#assertOpen();
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#enqueue(async () => {
      const { fs, file, now, write } = this.#context;
      if (options.backup) {
        try {
          await writeBackup(fs, file, await fs.readFile(file), options.backup, now(), write);
        } catch (error) {
          throw ioError(error);
        }
      }
      const before = this.#generation;
      const draft = structuredClone(this.#low.data);
      fn(draft);
      await this.#adapter.write(draft);
      // On disk now; changes made to the live document while it was written are not in the file.
      const concurrent = this.#generation !== before;
      fn(this.#low.data);
      this.#generation++;
      if (!concurrent) this.#durable = this.#generation;
      else void this.#enqueueSave(this.#generation).catch(() => undefined);
    });
  }

  /** Writes the current in-memory document if it has unsaved changes. */
  save(): Promise<void> {
    try {
      this.#assertOpen();
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#enqueueSave(this.#generation);
  }

  /**
   * Checks the old passphrase, then re-encrypts the journal under a new data key, wrapped for the
   * new passphrase and for a new recovery key, which is returned once for the person to keep.
   * The old passphrase and the old recovery key stop opening the journal; backups made before
   * keep opening with them (they hold only what was written before). The file is replaced in
   * one rename, so a crash leaves either the old secrets or the new ones working, never a mix.
   */
  async changePassphrase(
    oldPassphrase: string,
    newPassphrase: string,
  ): Promise<{ recoveryKey: string }> {
    this.#assertOpen();
    assertUsablePassphrase(newPassphrase);
    await this.#assertPassphrase(oldPassphrase);
    return this.#rekey(newPassphrase);
  }

  /**
   * Checks the passphrase, then replaces the recovery key: like a passphrase change that keeps
   * the passphrase. The journal gets a new data key too, so the old recovery key opens no backup
   * made from now on.
   */
  async regenerateRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    this.#assertOpen();
    await this.#assertPassphrase(passphrase);
    return this.#rekey(passphrase);
  }

  /**
   * Backups sealed under an earlier data key, i.e. made before the last passphrase change or new
   * recovery key: they open with the secrets of their time. Damaged backups are not counted.
   */
  async backupsUnderEarlierKeys(): Promise<BackupInfo[]> {
    this.#assertOpen();
    const { fs, file } = this.#context;
    const current = JSON.stringify(this.#adapter.header.keySlots);
    const earlier: BackupInfo[] = [];
    for (const backup of await listBackupsWith(fs, file).catch((e: unknown) => {
      throw ioError(e);
    })) {
      const header = await readHeader(fs, backup.path).catch(() => undefined);
      if (header && JSON.stringify(header.keySlots) !== current) earlier.push(backup);
    }
    return earlier;
  }

  /**
   * Deletes the backups sealed under an earlier data key, then makes today's backup again from
   * the journal as it is now. Returns how many were deleted.
   */
  async deleteBackupsUnderEarlierKeys(): Promise<number> {
    const earlier = await this.backupsUnderEarlierKeys();
    for (const backup of earlier) {
      await this.#context.fs.unlink(backup.path).catch((error: unknown) => {
        if (errnoOf(error) !== 'ENOENT') throw ioError(error);
      });
    }
    await this.#enqueue(async () => {
      this.#backupCheckedDay = undefined;
      await this.backUpIfDue();
    });
    return earlier.length;
  }

  async #assertPassphrase(passphrase: string): Promise<void> {
    const checked = await unlockDataKey(this.#adapter.header, { passphrase });
    const same = timingSafeEqual(checked, this.#adapter.dataKey);
    checked.fill(0);
    if (!same) throw new VaultError('WRONG_SECRET');
  }

  #rekey(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.#enqueue(async () => {
      const dataKey = newDataKey();
      const recoveryBytes = generateRecoveryKeyBytes();
      try {
        const header: VaultHeader = {
          ...this.#adapter.header,
          keySlots: [
            await passphraseSlot(dataKey, passphrase, this.#context.kdf),
            await recoverySlot(dataKey, recoveryBytes),
          ],
        };
        try {
          await this.#persist(() =>
            this.#adapter.writeWithHeader(this.#low.data, header, encodeHeader(header), dataKey),
          );
        } catch (error) {
          // Not renamed into place: the old secrets still open the file, and nothing changed.
          if (this.#adapter.dataKey !== dataKey) throw error;
          // Renamed into place but the folder sync failed: the file on disk now needs the new
          // secrets, so the person must be given the recovery key. Counting the document as
          // unsaved makes the next save (or the lock) write and sync it again.
          this.#generation++;
        }
        return { recoveryKey: formatRecoveryKey(recoveryBytes) };
      } finally {
        recoveryBytes.fill(0);
        if (this.#adapter.dataKey !== dataKey) dataKey.fill(0);
      }
    });
  }

  /**
   * Locks: waits for writes in flight, tries once more to save unsaved changes, then releases
   * the lock file, zeroes the data key and drops the document. Never throws.
   */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    await this.#queue;
    if (this.dirty) await this.#enqueueSave(this.#generation).catch(() => undefined);
    this.#closed = true;
    this.#adapter.wipe();
    (this.#low as { data: JournalDocument | null }).data = null;
    await this.#lock.release();
  }

  /**
   * Makes today's backup when one is due, from `bytes` (just read and verified) or else from
   * the file this vault just wrote.
   */
  async backUpIfDue(bytes?: Uint8Array): Promise<void> {
    const { fs, file, now, write } = this.#context;
    const at = now();
    // Listing the backups folder on every save would cost a little each time; once a day is enough.
    if (this.#backupCheckedDay === localDay(at) && !this.#backupError) return;
    try {
      await backUpIfDue(fs, file, bytes ?? (await fs.readFile(file)), at, write);
      this.#backupCheckedDay = localDay(at);
      this.#backupError = undefined;
    } catch (error) {
      this.#backupError = ioError(error);
    }
  }

  #enqueueSave(target: number): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#durable >= target) return;
      await this.#persist(() => this.#low.write());
      // A journal left open past midnight still gets a backup of the new day.
      await this.backUpIfDue();
    });
  }

  async #persist(write: () => Promise<void>): Promise<void> {
    const generation = this.#generation;
    await write();
    this.#durable = Math.max(this.#durable, generation);
  }

  #enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(job, job);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #assertOpen(): void {
    if (this.#closed || this.#closing) throw new Error('the vault is closed');
  }
}
