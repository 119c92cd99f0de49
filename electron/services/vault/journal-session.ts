import path from 'node:path';
import type {
  BackupStatus,
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
import {
  createVault,
  isVaultError,
  listBackups,
  openVault,
  restoreBackup,
  vaultExists,
} from '../../vault';
import type { BackupKind, Vault, VaultOptions, VaultSecret } from '../../vault';
import { IdleTimer } from './auto-lock';
import { LOCK_GRACE_MS, LockNegotiation } from './lock-negotiation';
import { unreadableJournal } from './status-errors';

export { LOCK_GRACE_MS } from './lock-negotiation';
export const VAULT_FILE_NAME = 'journal.vault';
const RETRY_SAVE_MS = 5_000;
const BACKUP_FAILED = {
  code: 'IO',
  message:
    'The automatic backup could not be made, so your newest backup is older than it should be. Your journal itself is saved. Check that the disk has free space and that the backups folder beside your journal can be written to.',
} as const;

export interface JournalSessionOptions {
  /** Passed to the vault. Tests only: a fault-injecting file layer, a cheap KDF. */
  vault?: VaultOptions;
  /** Tests only: how long after a refused save it is tried again. */
  retrySaveMs?: number;
  /** Tests only: how long the page gets to answer a lock request. */
  lockGraceMs?: number;
}

/** What a mutation's check returns when the change turns out to need no write at all. */
export class Unchanged<T> {
  constructor(readonly value: T) {}
}

/** The answer of a check that found nothing to change: `value` is returned, nothing is written. */
export const unchanged = <T>(value: T) => new Unchanged(value);

/**
 * The one open journal of this process: create, unlock, lock, and every change to the document.
 * Other services reach the document only through `read`, `mutate` and `change`, so a locked
 * journal is refused in one place and a failed save is retried in one place.
 */
export class JournalSession {
  private vault: Vault | null = null;
  private saveState: SaveState = { status: 'saved' };
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly negotiation: LockNegotiation;
  private readonly idle = new IdleTimer(() => void this.lockAutomatically('idle'));
  private readonly closeListeners = new Set<() => void>();
  private readonly openListeners = new Set<(doc: Readonly<JournalDocument>) => void>();
  readonly file: string;

  constructor(
    private readonly platform: Platform,
    private readonly options: JournalSessionOptions = {},
  ) {
    this.file = path.join(platform.dataDir, VAULT_FILE_NAME);
    this.negotiation = new LockNegotiation(
      (reason) => platform.notify('app:lockRequested', { reason }),
      (reason) => this.lock(reason),
      options.lockGraceMs ?? LOCK_GRACE_MS,
    );
    platform.onSystemLock((reason) => void this.lockAutomatically(reason));
  }

  /**
   * Only a missing file means "no journal yet": a folder that cannot be read (permissions, a
   * failing disk) is an IO error, never an invitation to create a new journal over the old one.
   */
  async status(): Promise<VaultStatus> {
    if (this.vault) return { state: 'unlocked', save: this.saveState };
    try {
      return (await vaultExists(this.file, this.options.vault))
        ? { state: 'locked' }
        : { state: 'absent' };
    } catch (error) {
      throw unreadableJournal(error);
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
    const { vault, recoveryKey } = await createVault(this.file, passphrase, this.options.vault);
    this.opened(vault);
    return { recoveryKey };
  }

  async unlock(secret: VaultSecret): Promise<VaultStatus> {
    if (!this.vault) this.opened(await openVault(this.file, secret, this.options.vault));
    return this.status();
  }

  /**
   * Locks after writing the latest change. If that write fails the journal stays open and the
   * person is told, unless they chose to lock anyway: their words are not dropped silently.
   */
  async lock(reason: LockReason, options: { force?: boolean } = {}): Promise<void> {
    const vault = this.vault;
    if (!vault) return this.negotiation.settle(null);
    if (vault.dirty) {
      const saved = await this.trySave();
      if (!saved && !options.force) {
        const error = new ServiceError(
          'IO',
          'Your latest changes are not saved yet, so the journal was not locked. ' +
            (this.saveState.status === 'failing' ? this.saveState.error.message : ''),
        );
        this.negotiation.settle(error);
        throw error;
      }
    }
    this.closeVault();
    await vault.close();
    this.negotiation.settle(null);
    this.platform.notify('app:locked', { reason });
    this.platform.reloadPage();
  }

  /**
   * The page could not write what is being typed, so a lock main asked for must not go ahead
   * when its grace period ends: the requesters hear why (auto-lock is postponed, quit asks).
   */
  holdLock(message: string): void {
    // The page's own words about its own field; shown to the person, never logged.
    this.negotiation.settle(new ServiceError('IO', message));
  }

  /**
   * Asks the page to write what is being typed and lock; locks anyway after a grace period if
   * the page does not. Resolves once locked; rejects if the latest change could not be saved.
   * Used for idle, sleep, screen lock and quit.
   */
  requestLock(reason: LockReason): Promise<void> {
    if (!this.vault) return Promise.resolve();
    return this.negotiation.request(reason);
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
    const list = await listBackups(this.file, this.options.vault);
    return list.map(({ path: file, day, kind, sizeBytes }) => ({
      id: path.basename(file),
      day,
      kind,
      sizeBytes,
    }));
  }

  /**
   * When the newest backup was made, and why the last automatic one failed if it did (unlocking
   * does not fail for a backup, so this is where the person hears of it).
   */
  async backupStatus(): Promise<BackupStatus> {
    const status: BackupStatus = {};
    if (this.vault?.backupError) status.error = BACKUP_FAILED;
    try {
      const [newest] = await listBackups(this.file, this.options.vault);
      if (newest) status.lastBackupDay = newest.day;
    } catch (error) {
      status.error ??= toAppError(error);
    }
    return status;
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
    const backup = (await listBackups(this.file, this.options.vault)).find(
      (b) => path.basename(b.path) === id,
    );
    if (!backup) throw new ServiceError('NOT_FOUND', 'That backup no longer exists.');
    if (this.vault) await this.lock('manual');
    await restoreBackup(this.file, backup.path, {
      ...this.options.vault,
      ...(verifyWith ? { verifyWith } : {}),
    });
    this.platform.reloadPage();
  }

  read<T>(fn: (doc: Readonly<JournalDocument>) => T): T {
    return fn(this.requireVault().data);
  }

  /**
   * Decides, then changes. `check` runs on the current document and may refuse (throw
   * NOT_FOUND, BAD_INPUT…) or find nothing to do (`unchanged(value)`) before anything is written,
   * so neither leaves the journal marked unsaved. Otherwise `apply` runs in the same turn, on the
   * same document, with what `check` returned: nothing can land between the two.
   */
  mutate<C, T>(
    check: (doc: Readonly<JournalDocument>) => C | Unchanged<T>,
    apply: (doc: JournalDocument, checked: C) => T,
  ): Promise<T> {
    let checked: C | Unchanged<T>;
    try {
      checked = check(this.requireVault().data);
    } catch (error) {
      return Promise.reject(error);
    }
    if (checked instanceof Unchanged) return Promise.resolve(checked.value);
    return this.change((doc) => apply(doc, checked));
  }

  /**
   * Applies a change and waits until it is on disk. When the disk refuses (full, read-only), the
   * change stays in memory, the page is told through `vault:saveState`, saving is retried, and
   * the result is returned: the person's edit is kept, not bounced back. Any other failure
   * (the file changed on disk) is thrown, and the page is told too. A change that can be refused
   * belongs in `mutate`: a throwing `fn` counts as an unsaved change.
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

  /**
   * A change made whole or not at all, after a backup of the file as it is (an import): `fn` runs
   * on a copy that is written, then on the live document. If anything fails the journal is as it
   * was, in memory and on disk, and the error is thrown. `fn` runs twice and must change the same.
   */
  async changeAllOrNothing(fn: (doc: JournalDocument) => void, backup?: BackupKind): Promise<void> {
    const vault = this.requireVault();
    await vault.updateAllOrNothing(fn, backup ? { backup } : {});
    if (!vault.dirty) this.setSaveState({ status: 'saved' });
  }

  async retrySave(): Promise<SaveState> {
    this.requireVault();
    await this.trySave();
    return this.saveState;
  }

  /** True while a change is in memory and not yet on disk. */
  get unsaved(): boolean {
    return this.vault?.dirty ?? false;
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
    for (const listener of this.openListeners) listener(vault.data);
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

  /** Calls back each time a journal is opened (created or unlocked), e.g. to start building an index. */
  onOpen(listener: (doc: Readonly<JournalDocument>) => void): () => void {
    this.openListeners.add(listener);
    return () => void this.openListeners.delete(listener);
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
    }, this.options.retrySaveMs ?? RETRY_SAVE_MS);
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
