import type { Adapter } from 'lowdb';
import type { JournalDocument } from '../../shared/domain';
import { openDocumentText, sealDocumentText } from './cipher';
import type { SealedFile } from './cipher';
import { assertWritable, decodeDocument } from './document-codec';
import { DurableWriteError, writeFileDurably } from './durable-write';
import type { DurableWriteOptions } from './durable-write';
import { errnoOf, ioError, VaultError } from './errors';
import { FORMAT_VERSION, IV_BYTES, TAG_BYTES, encodeHeader, parseContainer } from './format';
import type { VaultHeader } from './format';
import type { VaultFs } from './fs-layer';

/** What we last read or wrote: enough to notice another writer without rereading 20 MB. */
interface Fingerprint {
  size: number;
  ivOffset: number;
  /** The document IV and GCM tag: both change on every save by anyone holding the key. */
  iv: Buffer;
  tag: Buffer;
}

function fingerprintOf(bytes: Buffer, ivOffset: number): Fingerprint {
  return {
    size: bytes.length,
    ivOffset,
    iv: Buffer.from(bytes.subarray(ivOffset, ivOffset + IV_BYTES)),
    tag: Buffer.from(bytes.subarray(bytes.length - TAG_BYTES)),
  };
}

function fingerprintOfSealed(sealed: SealedFile, ivOffset: number): Fingerprint {
  return { size: sealed.size, ivOffset, iv: sealed.iv, tag: sealed.tag };
}

export interface AdapterContext {
  file: string;
  fs: VaultFs;
  write: DurableWriteOptions;
}

/**
 * lowdb adapter for the encrypted vault: read = decrypt, parse, migrate, validate;
 * write = stringify, encrypt, check the result decrypts, durable write that renames only
 * once the document validates.
 * It holds the data key; `wipe` zeroes it.
 */
export class EncryptedAdapter implements Adapter<JournalDocument> {
  #dataKey: Buffer;
  #header: VaultHeader;
  #headerBytes: Buffer;
  #pending: Buffer | undefined;
  #fingerprint: Fingerprint | undefined;
  /**
   * Counts changes made to the in-memory document, so a write can tell whether the document it
   * serialised is still the one in memory when it validates it. Set by the Vault.
   */
  changeCount: () => number = () => 0;

  constructor(
    readonly context: AdapterContext,
    dataKey: Buffer,
    header: VaultHeader,
    headerBytes: Buffer,
    /** Bytes already read (and their header parsed) while unlocking: read them, not the disk. */
    pending?: Buffer,
  ) {
    this.#dataKey = dataKey;
    this.#header = header;
    this.#headerBytes = headerBytes;
    this.#pending = pending;
  }

  get header(): VaultHeader {
    return this.#header;
  }

  get dataKey(): Buffer {
    return this.#dataKey;
  }

  async read(): Promise<JournalDocument> {
    const bytes = this.#pending ?? (await this.context.fs.readFile(this.context.file));
    this.#pending = undefined;
    const container = parseContainer(bytes);
    const doc = decodeDocument(openDocumentText(this.#dataKey, container));
    this.#header = container.header;
    // A file of an older format version is written in the current one (padded) from its first
    // save on; the header's content is unchanged.
    this.#headerBytes =
      container.formatVersion === FORMAT_VERSION
        ? Buffer.from(container.headerBytes)
        : encodeHeader(container.header);
    this.#fingerprint = fingerprintOf(bytes, container.headerBytes.length);
    return doc;
  }

  write(doc: JournalDocument): Promise<void> {
    return this.writeWithHeader(doc, this.#header, this.#headerBytes);
  }

  /**
   * Writes `doc` under a new header and, when given, a new data key (a passphrase change or a
   * new recovery key). Header and key are adopted once the new bytes are on disk, and the old
   * key is then zeroed; until then the old ones stay in use.
   */
  async writeWithHeader(
    doc: JournalDocument,
    header: VaultHeader,
    headerBytes: Buffer,
    dataKey: Buffer = this.#dataKey,
  ): Promise<void> {
    await this.#assertUnchangedOnDisk();
    const changeCount = this.changeCount;
    const serialisedAt = changeCount();
    const text = JSON.stringify(doc);
    const sealed = sealDocumentText(dataKey, headerBytes, text);
    // Validation is the slowest step of a save after stringify; it runs while the temp file is
    // being fsynced, and the rename only happens if it passes. If the document changed after it
    // was serialised, the text actually written is what gets validated.
    const validate = () => assertWritable(changeCount() === serialisedAt ? doc : JSON.parse(text));
    try {
      await writeFileDurably(this.context.fs, this.context.file, sealed.chunks, {
        ...this.context.write,
        whileSyncing: validate,
      });
    } catch (error) {
      if (!(error instanceof DurableWriteError)) throw error;
      // After the rename the new bytes are what the disk holds, even if the folder sync failed.
      if (error.replaced) this.#adopt(sealed, header, headerBytes, dataKey);
      throw ioError(error.cause);
    }
    this.#adopt(sealed, header, headerBytes, dataKey);
  }

  #adopt(sealed: SealedFile, header: VaultHeader, headerBytes: Buffer, dataKey: Buffer): void {
    if (dataKey !== this.#dataKey) {
      this.#dataKey.fill(0);
      this.#dataKey = dataKey;
    }
    this.#header = header;
    this.#headerBytes = headerBytes;
    this.#fingerprint = fingerprintOfSealed(sealed, headerBytes.length);
  }

  // Another program (a sync client, a second copy of the app, a restore by hand) may have
  // replaced the file. Overwriting it silently could destroy its writes, so refuse instead.
  async #assertUnchangedOnDisk(): Promise<void> {
    const known = this.#fingerprint;
    if (!known) return;
    const { fs, file } = this.context;
    let size: number;
    try {
      size = (await fs.stat(file)).size;
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') throw new VaultError('CHANGED_ON_DISK');
      throw ioError(error);
    }
    if (size !== known.size) throw new VaultError('CHANGED_ON_DISK');
    const iv = Buffer.alloc(IV_BYTES);
    const tag = Buffer.alloc(TAG_BYTES);
    try {
      const handle = await fs.open(file, 'r');
      try {
        await handle.read(iv, 0, IV_BYTES, known.ivOffset);
        await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw ioError(error);
    }
    if (!iv.equals(known.iv) || !tag.equals(known.tag)) throw new VaultError('CHANGED_ON_DISK');
  }

  wipe(): void {
    this.#dataKey.fill(0);
    this.#pending = undefined;
  }
}
