import { hkdf, scrypt } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** What the app always uses. About 128 MiB and a few hundred ms per unlock on a laptop. */
export const STANDARD_SCRYPT: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

// Bounds on parameters read from a file. A file is untrusted input: without them a crafted
// header could ask for gigabytes of memory or minutes of CPU before the passphrase is checked.
// The floor is low so tests can use cheap parameters; the app never writes below STANDARD_SCRYPT.
export const SCRYPT_LIMITS = Object.freeze({
  minLog2N: 10,
  maxLog2N: 20,
  maxR: 32,
  maxP: 16,
  maxMemoryBytes: 256 * 1024 * 1024,
  maxWork: 2 ** 20 * 8 * 4, // N·r·p: four times the standard cost
});

export const SALT_BYTES = { min: 16, max: 32, default: 32 } as const;
export const KEY_BYTES = 32;

/** Memory scrypt needs for N and r (its V array), in bytes. */
function scryptMemory({ N, r }: ScryptParams): number {
  return 128 * N * r;
}

/** Why the parameters are unacceptable, or undefined when they are within the limits. */
export function scryptParamsProblem(params: ScryptParams): string | undefined {
  const { N, r, p } = params;
  if (![N, r, p].every(Number.isSafeInteger)) return 'non-integer parameter';
  if (N < 2 ** SCRYPT_LIMITS.minLog2N || N > 2 ** SCRYPT_LIMITS.maxLog2N) return 'N out of range';
  if ((N & (N - 1)) !== 0) return 'N is not a power of two';
  if (r < 1 || r > SCRYPT_LIMITS.maxR) return 'r out of range';
  if (p < 1 || p > SCRYPT_LIMITS.maxP) return 'p out of range';
  if (scryptMemory(params) > SCRYPT_LIMITS.maxMemoryBytes) return 'memory cost too high';
  if (N * r * p > SCRYPT_LIMITS.maxWork) return 'work factor too high';
  return undefined;
}

/**
 * Derives a key-encryption key from a passphrase. The passphrase is normalised to Unicode NFC
 * first: the same words typed on macOS (often NFD) and Windows (NFC) must open the same journal.
 */
export function deriveFromPassphrase(
  passphrase: string,
  salt: Uint8Array,
  params: ScryptParams,
): Promise<Buffer> {
  const problem = scryptParamsProblem(params);
  if (problem) return Promise.reject(new RangeError(`scrypt parameters refused: ${problem}`));
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  return new Promise((resolve, reject) => {
    scrypt(
      secret,
      salt,
      KEY_BYTES,
      { ...params, maxmem: scryptMemory(params) + 16 * 1024 * 1024 },
      (error, key) => {
        secret.fill(0);
        if (error) reject(error);
        else resolve(key);
      },
    );
  });
}

const RECOVERY_INFO = Buffer.from('between-sessions recovery key v1', 'utf8');

/**
 * Derives a key-encryption key from the recovery key's random bytes. HKDF, not scrypt, on
 * purpose: the recovery key carries 160 random bits, so a slow KDF adds nothing against guessing
 * and would only double the wait at creation.
 */
export function deriveFromRecoveryKey(keyBytes: Uint8Array, salt: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    hkdf('sha256', keyBytes, salt, RECOVERY_INFO, KEY_BYTES, (error, key) => {
      if (error) reject(error);
      else resolve(Buffer.from(key));
    });
  });
}
