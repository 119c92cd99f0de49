import { randomBytes } from 'node:crypto';

/** 160 random bits: far beyond guessing, and 32 characters to write down. */
export const RECOVERY_KEY_BYTES = 20;

// Crockford's base32: no I, L, O or U, so the key survives being read aloud or handwritten.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUP = 4;

export function generateRecoveryKeyBytes(): Buffer {
  return randomBytes(RECOVERY_KEY_BYTES);
}

/** Formats key bytes as `XXXX-XXXX-…` (8 groups of 4). */
export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

/**
 * Reads a recovery key as a person may type it: any case, with or without spaces and dashes,
 * and with the look-alikes Crockford allows (O for 0, I and L for 1).
 * Returns undefined when it cannot be a recovery key at all.
 */
export function parseRecoveryKey(text: string): Buffer | undefined {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s\-_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const expectedChars = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5);
  if (cleaned.length !== expectedChars) return undefined;
  const out = Buffer.alloc(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of cleaned) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return out;
}
