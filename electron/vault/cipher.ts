import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { VaultError } from './errors';
import { IV_BYTES, TAG_BYTES } from './format';
import type { Container } from './format';

const ALGORITHM = 'aes-256-gcm';

export function newDataKey(): Buffer {
  return randomBytes(32);
}

/** Encrypts the document under the data key: returns the whole file (header, IV, text, tag). */
export function sealDocument(dataKey: Buffer, headerBytes: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, dataKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(headerBytes);
  const body = cipher.update(plaintext);
  const final = cipher.final();
  return Buffer.concat([headerBytes, iv, body, final, cipher.getAuthTag()]);
}

/** Decrypts and authenticates the document. Any mismatch, header included, is `CORRUPT`. */
export function openDocument(dataKey: Buffer, container: Container): Buffer {
  try {
    const decipher = createDecipheriv(ALGORITHM, dataKey, container.iv, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(container.headerBytes);
    decipher.setAuthTag(container.tag);
    const body = decipher.update(container.ciphertext);
    const final = decipher.final();
    return final.length === 0 ? body : Buffer.concat([body, final]);
  } catch (cause) {
    throw new VaultError('CORRUPT', { cause });
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
