/**
 * The vault: one encrypted file holding the whole journal. This is the only API the services
 * and tests use; nothing here may import `electron` or renderer code.
 */
import { dirname } from 'node:path';
import { Low } from 'lowdb';
import { emptyDocument } from '../../shared/domain';
import type { JournalDocument } from '../../shared/domain';
import { EncryptedAdapter } from './adapter';
import { isBackupPathOf, listBackupsWith, removeStaleBackupTemps, writeBackup } from './backups';
import type { BackupInfo } from './backups';
import { newDataKey, openDocumentText } from './cipher';
import { decodeDocument } from './document-codec';
import { DurableWriteError, removeStaleTemps, writeFileDurably } from './durable-write';
import { errnoOf, ioError, VaultError } from './errors';
import { FORMAT_VERSION, encodeHeader, parseContainer } from './format';
import type { UnlockMethod, VaultHeader } from './format';
import { nodeFs } from './fs-layer';
import type { VaultFs } from './fs-layer';
import { STANDARD_SCRYPT, scryptParamsProblem } from './kdf';
import type { ScryptParams } from './kdf';
import { passphraseSlot, recoverySlot, unlockDataKey } from './key-slots';
import type { VaultSecret } from './key-slots';
import { acquireLock } from './lock-file';
import type { VaultLock } from './lock-file';
import { formatRecoveryKey, generateRecoveryKeyBytes } from './recovery-key';
import { Vault, assertUsablePassphrase } from './vault';
import type { VaultContext } from './vault';

export { Vault } from './vault';
export { VaultError, isVaultError } from './errors';
export type { VaultErrorCode } from './errors';
export type { BackupInfo, BackupKind } from './backups';
export type { VaultSecret } from './key-slots';
export type { VaultFs, VaultFileHandle } from './fs-layer';
export type { ScryptParams } from './kdf';
export type { UnlockMethod } from './format';
export { STANDARD_SCRYPT } from './kdf';
export { formatRecoveryKey, parseRecoveryKey } from './recovery-key';

export interface VaultOptions {
  /** Tests only: cheaper scrypt parameters. The app never passes this. */
  kdf?: ScryptParams;
  /** Tests only: a file layer that can fail on demand. */
  fs?: VaultFs;
  /** Tests only: the clock that dates backups. */
  now?: () => Date;
  /** Tests only: behave as on another platform (e.g. Windows' rename retries). */
  platform?: NodeJS.Platform;
}

function contextFor(file: string, options: VaultOptions): VaultContext {
  const kdf = options.kdf ?? STANDARD_SCRYPT;
  const problem = scryptParamsProblem(kdf);
  if (problem) throw new RangeError(`kdf option refused: ${problem}`);
  return {
    file,
    fs: options.fs ?? nodeFs,
    kdf,
    now: options.now ?? (() => new Date()),
    write: options.platform ? { platform: options.platform } : {},
  };
}

async function readVaultFile(fs: VaultFs, file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') throw new VaultError('NOT_FOUND', { cause: error });
    throw ioError(error);
  }
}

/** True when a file exists at `file` (it may still fail to open). */
export async function vaultExists(file: string, options: VaultOptions = {}): Promise<boolean> {
  return (options.fs ?? nodeFs).stat(file).then(
    () => true,
    (error: unknown) => {
      if (errnoOf(error) === 'ENOENT') return false;
      throw ioError(error);
    },
  );
}

/**
 * Creates a new, empty journal at `file`, refusing (`EXISTS`) to replace anything.
 * The recovery key is returned once, formatted for a person to write down; it is not stored.
 */
export async function createVault(
  file: string,
  passphrase: string,
  options: VaultOptions = {},
): Promise<{ vault: Vault; recoveryKey: string }> {
  assertUsablePassphrase(passphrase);
  const context = contextFor(file, options);
  const { fs } = context;
  try {
    await fs.mkdir(dirname(file));
  } catch (error) {
    throw ioError(error);
  }
  const lock = await acquireLock(fs, file);
  const dataKey = newDataKey();
  const recoveryBytes = generateRecoveryKeyBytes();
  try {
    if (await vaultExists(file, options)) throw new VaultError('EXISTS');
    const header: VaultHeader = {
      cipher: 'aes-256-gcm',
      keySlots: [
        await passphraseSlot(dataKey, passphrase, context.kdf),
        await recoverySlot(dataKey, recoveryBytes),
      ],
    };
    const headerBytes = encodeHeader(header);
    const adapter = new EncryptedAdapter(context, dataKey, header, headerBytes);
    const low = new Low<JournalDocument>(adapter, emptyDocument());
    await low.write();
    return {
      vault: new Vault(low, adapter, context, lock),
      recoveryKey: formatRecoveryKey(recoveryBytes),
    };
  } catch (error) {
    dataKey.fill(0);
    await lock.release();
    throw error;
  } finally {
    recoveryBytes.fill(0);
  }
}

/**
 * Unlocks the journal at `file` with the passphrase or the recovery key. A vault that fails
 * to open is left byte-for-byte as it was. Once open: stale temp files are removed and the
 * day's backup is made.
 */
export async function openVault(
  file: string,
  secret: VaultSecret,
  options: VaultOptions = {},
): Promise<Vault> {
  const context = contextFor(file, options);
  const { fs } = context;
  // The read runs while the lock file is being created (a few ms on some file systems). If
  // another writer released its lock in between, the bytes may predate its last save; the first
  // save then refuses with CHANGED_ON_DISK rather than overwrite, so the overlap is safe.
  const reading = readVaultFile(fs, file);
  reading.catch(() => undefined);
  const lock: VaultLock = await acquireLock(fs, file);
  let adapter: EncryptedAdapter | undefined;
  try {
    const bytes = await reading;
    const container = parseContainer(bytes);
    const dataKey = await unlockDataKey(container.header, secret);
    adapter = new EncryptedAdapter(
      context,
      dataKey,
      container.header,
      container.headerBytes,
      bytes,
    );
    const low = new Low<JournalDocument>(adapter, emptyDocument());
    await low.read();
    await removeStaleTemps(fs, file);
    await removeStaleBackupTemps(fs, file);
    const vault = new Vault(low, adapter, context, lock);
    await vault.backUpIfDue(bytes);
    return vault;
  } catch (error) {
    adapter?.wipe();
    await lock.release();
    throw error;
  }
}

/** Backups of the journal at `file`, newest first. Needs no secret. */
export async function listBackups(file: string, options: VaultOptions = {}): Promise<BackupInfo[]> {
  try {
    return await listBackupsWith(options.fs ?? nodeFs, file);
  } catch (error) {
    throw ioError(error);
  }
}

export interface RestoreOptions extends VaultOptions {
  /**
   * When given, the backup must open with this secret (decrypted, authenticated and validated in
   * memory, nothing written) before anything is replaced; otherwise `WRONG_SECRET` and the
   * journal is left as it was.
   */
  verifyWith?: VaultSecret;
}

/**
 * Replaces the journal with one of its backups. The file being replaced (even a damaged one) is
 * first kept as a `pre-restore` backup, so a restore can never lose anything. The journal must
 * be closed: an open one holds the lock (`LOCKED_BY_OTHER`).
 */
export async function restoreBackup(
  file: string,
  backupPath: string,
  options: RestoreOptions = {},
): Promise<void> {
  const context = contextFor(file, options);
  const { fs } = context;
  if (!isBackupPathOf(file, backupPath)) throw new VaultError('NOT_FOUND');
  const lock = await acquireLock(fs, file);
  try {
    const backup = await readVaultFile(fs, backupPath);
    const container = parseContainer(backup);
    if (options.verifyWith) {
      const dataKey = await unlockDataKey(container.header, options.verifyWith);
      try {
        decodeDocument(openDocumentText(dataKey, container));
      } finally {
        dataKey.fill(0);
      }
    }
    const current = await fs.readFile(file).catch((error: unknown) => {
      if (errnoOf(error) === 'ENOENT') return undefined;
      throw ioError(error);
    });
    try {
      if (current)
        await writeBackup(fs, file, current, 'pre-restore', context.now(), context.write);
      await writeFileDurably(fs, file, backup, context.write);
    } catch (error) {
      throw ioError(error instanceof DurableWriteError ? error.cause : error);
    }
  } finally {
    await lock.release();
  }
}

/** Facts about a vault file that need no secret: used to check what a file asks for. */
export interface VaultInspection {
  formatVersion: number;
  cipher: string;
  kdf: { name: 'scrypt'; N: number; r: number; p: number };
  saltBytes: number;
  unlockMethods: UnlockMethod[];
  sizeBytes: number;
}

export async function inspectVault(
  file: string,
  options: VaultOptions = {},
): Promise<VaultInspection> {
  const bytes = await readVaultFile(options.fs ?? nodeFs, file);
  const { formatVersion, header } = parseContainer(bytes);
  const [pass] = header.keySlots;
  return {
    formatVersion,
    cipher: header.cipher,
    kdf: { ...pass.kdf },
    saltBytes: Buffer.from(pass.salt, 'base64').length,
    unlockMethods: header.keySlots.map((slot) => slot.method),
    sizeBytes: bytes.length,
  };
}

export { FORMAT_VERSION };
export { looksSealed, openJournalCopy, sealJournalCopy } from './sealed-copy';
