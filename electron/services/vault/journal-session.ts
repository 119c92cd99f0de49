import { access } from 'node:fs/promises';
import path from 'node:path';
import type {
  BackupSummary,
  LockReason,
  RekeyResult,
  SaveState,
  VaultStatus,
} from '../../../shared/contract';
import type { JournalDocument } from '../../../shared/domain';
import { assessPassphrase } from '../../../shared/passphrase/strength';
import { ServiceError, toAppError } from '../../errors';
import type { Platform } from '../../platform';
import { createVault, isVaultError, listBackups, openVault, restoreBackup } from '../../vault';
import type { Vault, VaultSecret } from '../../vault';
import { IdleTimer } from './auto-lock';

export const VAULT_FILE_NAME = 'journal.vault';
const RETRY_SAVE_MS = 5_000;
/** How long the page gets to write what is being typed before a requested lock goes ahead. */
export const LOCK_GRACE_MS = 3_000;

interface PendingLock {
  reason: LockReason;
  timer: ReturnType<typeof setTimeout>;
  waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }>;
}

/**
 * The one open journal of this process: create, unlock, lock, and every change to the document.
 * Other services reach the document only through `read` and `change`, so a locked journal is
 * refused in one place and a failed save is retried in one place.
 */
export class JournalSession {
  private vault: Vault | null = null;
  private saveState: SaveState = { status: 'saved' };
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingLock: PendingLock | null = null;
  private readonly idle = new IdleTimer(() => void this.lockAutomatically('idle'));
  private readonly closeListeners = new Set<() => void>();
  readonly file: string;

  constructor(private readonly platform: Platform) {
    this.file = path.join(platform.dataDir, VAULT_FILE_NAME);
    platform.onSystemLock((reason) => void this.lockAutomatically(reason));
  }

  async status(): Promise<VaultStatus> {
    if (this.vault) return { state: 'unlocked', save: this.saveState };
    try {
      await access(this.file);
      return { state: 'locked' };
    } catch {
      return { state: 'absent' };
    }
  }

  async create(passphrase: string): Promise<{ recoveryKey: string }> {
    if (this.vault) throw new ServiceError('EXISTS', 'A journal is already open.');
    const assessment = assessPassphrase(passphrase);
    if (!assessment.acceptable) {
      throw new ServiceError(
        'BAD_INPUT',
        assessment.warning ?? 'Choose a longer passphrase that is harder to guess.',
      );
    }
    const { vault, recoveryKey } = await createVault(this.file, passphrase);
    this.opened(vault);
    return { recoveryKey };
  }

  async unlock(secret: VaultSecret): Promise<VaultStatus> {
    if (!this.vault) this.opened(await openVault(this.file, secret));
    return this.status();
  }

  /**
   * Locks after writing the latest change. If that write fails the journal stays open and the
   * person is told, unless they chose to lock anyway: their words are not dropped silently.
   */
  async lock(reason: LockReason, options: { force?: boolean } = {}): Promise<void> {
    const vault = this.vault;
    if (!vault) return this.settlePendingLock(null);
    if (vault.dirty) {
      const saved = await this.trySave();
      if (!saved && !options.force) {
        const error = new ServiceError(
          'IO',
          'Your latest changes are not saved yet, so the journal was not locked. ' +
            (this.saveState.status === 'failing' ? this.saveState.error.message : ''),
        );
        this.settlePendingLock(error);
        throw error;
      }
    }
    this.closeVault();
    await vault.close();
    this.settlePendingLock(null);
    this.platform.notify('app:locked', { reason });
    this.platform.reloadPage();
  }

  /**
   * Asks the page to write what is being typed and lock; locks anyway after a grace period if
   * the page does not. Resolves once locked; rejects if the latest change could not be saved.
   * Used for idle, sleep, screen lock and quit.
   */
  requestLock(reason: LockReason): Promise<void> {
    if (!this.vault) return Promise.resolve();
    return new Promise((resolve, reject) => {
      if (!this.pendingLock) {
        const timer = setTimeout(() => {
          void this.lock(reason).catch(() => undefined);
        }, LOCK_GRACE_MS);
        (timer as { unref?: () => void }).unref?.();
        this.pendingLock = { reason, timer, waiters: [] };
        this.platform.notify('app:lockRequested', { reason });
      }
      this.pendingLock.waiters.push({ resolve, reject });
    });
  }

  activity(): void {
    if (this.vault) this.idle.touch();
  }

  /**
   * Re-encrypts the journal under a new key for the new passphrase and a new recovery key,
   * returned to be shown once. Also says how many backups still open with the old secrets.
   */
  async changePassphrase(current: string, next: string): Promise<RekeyResult> {
    const vault = this.requireVault();
    const assessment = assessPassphrase(next);
    if (!assessment.acceptable) {
      throw new ServiceError(
        'BAD_INPUT',
        assessment.warning ?? 'Choose a longer passphrase that is harder to guess.',
      );
    }
    const { recoveryKey } = await vault.changePassphrase(current, next);
    return { recoveryKey, earlierBackups: await this.countEarlierBackups(vault) };
  }

  /** A new recovery key (and data key) for the same passphrase; the old key stops working. */
  async regenerateRecoveryKey(passphrase: string): Promise<RekeyResult> {
    const vault = this.requireVault();
    const { recoveryKey } = await vault.regenerateRecoveryKey(passphrase);
    return { recoveryKey, earlierBackups: await this.countEarlierBackups(vault) };
  }

  /** Deletes the backups that still open with earlier secrets; returns how many. */
  async deleteEarlierBackups(): Promise<{ deleted: number }> {
    return { deleted: await this.requireVault().deleteBackupsUnderEarlierKeys() };
  }

  private async countEarlierBackups(vault: Vault): Promise<number> {
    // The key is already changed: failing to count must not hide the new recovery key.
    return (await vault.backupsUnderEarlierKeys().catch(() => [])).length;
  }

  async backups(): Promise<BackupSummary[]> {
    const list = await listBackups(this.file);
    return list.map(({ path: file, day, kind, sizeBytes }) => ({
      id: path.basename(file),
      day,
      kind,
      sizeBytes,
    }));
  }

  /**
   * Restores by the backup's name, looked up among the real backups; the page never names a path.
   * Needs the journal unlocked (it is locked first) or, while locked (a damaged file), a secret
   * that opens the chosen backup, checked before anything is replaced.
   */
  async restore(id: string, secret?: VaultSecret): Promise<void> {
    const verifyWith = this.vault ? undefined : secret;
    if (!this.vault && !verifyWith) {
      throw new ServiceError(
        'LOCKED',
        'Enter the passphrase or recovery key of that backup to restore it.',
      );
    }
    const backup = (await listBackups(this.file)).find((b) => path.basename(b.path) === id);
    if (!backup) throw new ServiceError('NOT_FOUND', 'That backup no longer exists.');
    if (this.vault) await this.lock('manual');
    await restoreBackup(this.file, backup.path, verifyWith ? { verifyWith } : {});
    this.platform.reloadPage();
  }

  read<T>(fn: (doc: Readonly<JournalDocument>) => T): T {
    return fn(this.requireVault().data);
  }

  /**
   * Applies a change and waits until it is on disk. When the disk refuses (full, read-only), the
   * change stays in memory, the page is told through `vault:saveState`, saving is retried, and
   * the result is returned: the person's edit is kept, not bounced back. Any other failure
   * (the file changed on disk) is thrown, and the page is told too.
   */
  async change<T>(fn: (doc: JournalDocument) => T): Promise<T> {
    const vault = this.requireVault();
    let result!: T;
    let applied = false;
    try {
      await vault.update((doc) => {
        result = fn(doc);
        applied = true;
      });
      this.setSaveState({ status: 'saved' });
    } catch (error) {
      if (!isVaultError(error) || !applied) throw error;
      this.setSaveState({ status: 'failing', error: toAppError(error) });
      if (error.code !== 'IO') throw error;
      this.scheduleRetry();
    }
    return result;
  }

  async retrySave(): Promise<SaveState> {
    this.requireVault();
    await this.trySave();
    return this.saveState;
  }

  private requireVault(): Vault {
    if (!this.vault)
      throw new ServiceError('LOCKED', 'The journal is locked. Unlock it to continue.');
    return this.vault;
  }

  private opened(vault: Vault): void {
    this.vault = vault;
    this.saveState = { status: 'saved' };
    this.idle.start(vault.data.settings.autoLockMinutes);
  }

  private closeVault(): void {
    this.idle.stop();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.vault = null;
    this.saveState = { status: 'saved' };
    for (const listener of this.closeListeners) listener();
  }

  /**
   * Calls back each time the journal locks, so services drop whatever they derived from the
   * decrypted document (a search index): nothing decrypted may outlive the lock.
   */
  onClose(listener: () => void): () => void {
    this.closeListeners.add(listener);
    return () => void this.closeListeners.delete(listener);
  }

  private settlePendingLock(error: unknown): void {
    const pending = this.pendingLock;
    if (!pending) return;
    this.pendingLock = null;
    clearTimeout(pending.timer);
    for (const waiter of pending.waiters) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }

  private async lockAutomatically(reason: LockReason): Promise<void> {
    try {
      await this.requestLock(reason);
    } catch {
      // The latest change could not be written: keep the journal open rather than lose it.
      this.platform.notify('vault:lockPostponed', { reason });
      this.idle.touch();
    }
  }

  private async trySave(): Promise<boolean> {
    const vault = this.vault;
    if (!vault) return false;
    if (!vault.dirty) {
      this.setSaveState({ status: 'saved' });
      return true;
    }
    try {
      await vault.save();
      this.setSaveState({ status: 'saved' });
      return true;
    } catch (error) {
      this.setSaveState({ status: 'failing', error: toAppError(error) });
      if (isVaultError(error) && error.code === 'IO') this.scheduleRetry();
      return false;
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.trySave();
    }, RETRY_SAVE_MS);
    (this.retryTimer as { unref?: () => void }).unref?.();
  }

  private setSaveState(state: SaveState): void {
    const changed = JSON.stringify(state) !== JSON.stringify(this.saveState);
    this.saveState = state;
    if (changed) this.platform.notify('vault:saveState', state);
  }

  /** Settings changes restart the auto-lock countdown with the new length. */
  restartIdleTimer(): void {
    if (this.vault) this.idle.start(this.vault.data.settings.autoLockMinutes);
  }
}
