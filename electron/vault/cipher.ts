import { isUtf8 } from 'node:buffer';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { VaultError } from './errors';
import { IV_BYTES, MAGIC, PADDED_SINCE_VERSION, TAG_BYTES, paddedLength } from './format';
import type { Container } from './format';

const ALGORITHM = 'aes-256-gcm';

// A save encrypts the document in slices: a 20 MB journal then never needs three or four
// 20 MB buffers alive at once, which kept peak memory of a save far above the plaintext size.
const SLICE_CHARS = 1 << 20;

export function newDataKey(): Buffer {
  return randomBytes(32);
}

/** An encrypted vault file as the pieces to write in order: header, IV, ciphertext…, tag. */
export interface SealedFile {
  chunks: Buffer[];
  size: number;
  iv: Buffer;
  tag: Buffer;
}

const SPACE = 0x20;

/** True when the header (framing included) says its document is padded. */
function isPadded(headerBytes: Buffer): boolean {
  return headerBytes.readUInt16BE(MAGIC.length) >= PADDED_SINCE_VERSION;
}

/**
 * Encrypts the document text under the data key with a fresh IV, the header as additional data,
 * followed by its padding when the header's format version pads. Every slice of ciphertext is
 * decrypted again as it is produced and compared with its plaintext, and the tag is checked:
 * bytes that would not decrypt back are never returned.
 */
export function sealDocumentText(dataKey: Buffer, headerBytes: Buffer, text: string): SealedFile {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, dataKey, iv, { authTagLength: TAG_BYTES });
  const check = createDecipheriv(ALGORITHM, dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(headerBytes);
  check.setAAD(headerBytes);
  const chunks: Buffer[] = [headerBytes, iv];
  let plainBytes = 0;
  const seal = (plain: Buffer) => {
    plainBytes += plain.length;
    const sealed = cipher.update(plain);
    const back = check.update(sealed);
    if (!back.equals(plain)) throw new VaultError('CORRUPT', { cause: new Error('self-check') });
    back.fill(0);
    plain.fill(0);
    if (sealed.length) chunks.push(sealed);
  };
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + SLICE_CHARS, text.length);
    // Never split a surrogate pair: each half alone would encode as U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    seal(Buffer.from(text.slice(start, end), 'utf8'));
    start = end;
  }
  if (isPadded(headerBytes)) {
    for (let rest = paddedLength(plainBytes) - plainBytes; rest > 0;) {
      const slice = Math.min(rest, SLICE_CHARS);
      seal(Buffer.alloc(slice, SPACE));
      rest -= slice;
    }
  }
  const final = cipher.final();
  if (final.length) chunks.push(final);
  const tag = cipher.getAuthTag();
  try {
    check.setAuthTag(tag);
    check.final();
  } catch (cause) {
    throw new VaultError('CORRUPT', { cause });
  }
  chunks.push(tag);
  return { chunks, size: chunks.reduce((sum, c) => sum + c.length, 0), iv, tag };
}

/**
 * `sealDocumentText` for bytes, as one buffer: for tools and tests that build files by hand.
 * Pads as the header's version asks unless `pad` is false (to build a wrongly padded file).
 */
export function sealDocument(
  dataKey: Buffer,
  headerBytes: Buffer,
  body: Buffer,
  { pad = true }: { pad?: boolean } = {},
): Buffer {
  const plaintext =
    pad && isPadded(headerBytes)
      ? Buffer.concat([body, Buffer.alloc(paddedLength(body.length) - body.length, SPACE)])
      : body;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(headerBytes);
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([headerBytes, iv, sealed, cipher.getAuthTag()]);
}

/**
 * Decrypts and authenticates the document, checks and drops its padding, and decodes it as UTF-8.
 * Any mismatch, header included, padding that is not exactly the document's bucket, and any
 * invalid UTF-8, is `CORRUPT`. Nothing is returned before the tag verifies.
 */
export function openDocumentText(dataKey: Buffer, container: Container): string {
  let plain: Buffer;
  try {
    const decipher = createDecipheriv(ALGORITHM, dataKey, container.iv, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(container.headerBytes);
    decipher.setAuthTag(container.tag);
    plain = decipher.update(container.ciphertext);
    const final = decipher.final();
    if (final.length) plain = Buffer.concat([plain, final]);
  } catch (cause) {
    throw new VaultError('CORRUPT', { cause });
  }
  try {
    let end = plain.length;
    if (container.formatVersion >= PADDED_SINCE_VERSION) {
      while (end > 0 && plain[end - 1] === SPACE) end--;
      if (paddedLength(end) !== plain.length) {
        throw new VaultError('CORRUPT', { cause: new Error('padding') });
      }
    }
    const json = plain.subarray(0, end);
    // toString() would silently turn invalid bytes into U+FFFD; refuse them instead.
    if (!isUtf8(json)) throw new VaultError('CORRUPT', { cause: new Error('invalid UTF-8') });
    return json.toString('utf8');
  } finally {
    plain.fill(0);
  }
}

/** Wraps the data key under a key-encryption key; `aad` ties the result to its slot. */
export function wrapKey(
  kek: Buffer,
  dataKey: Buffer,
  aad: Buffer,
): { iv: Buffer; wrapped: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, kek, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  return { iv, wrapped };
}

/** Unwraps the data key, or returns undefined when the secret (or the slot) is wrong. */
export function unwrapKey(
  kek: Buffer,
  iv: Buffer,
  wrapped: Buffer,
  aad: Buffer,
): Buffer | undefined {
  try {
    const decipher = createDecipheriv(ALGORITHM, kek, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(wrapped.subarray(wrapped.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(wrapped.subarray(0, wrapped.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    return undefined;
  }
}
