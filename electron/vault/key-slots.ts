import { randomBytes } from 'node:crypto';
import { unwrapKey, wrapKey } from './cipher';
import { VaultError } from './errors';
import { SALT_BYTES, deriveFromPassphrase, deriveFromRecoveryKey } from './kdf';
import type { ScryptParams } from './kdf';
import type { KeySlot, PassphraseSlot, RecoverySlot, VaultHeader } from './format';
import { parseRecoveryKey } from './recovery-key';

/** How a person unlocks: with their passphrase, or with the recovery key shown at creation. */
export type VaultSecret = { passphrase: string } | { recoveryKey: string };

const b64 = (bytes: Buffer) => bytes.toString('base64');
const unb64 = (text: string) => Buffer.from(text, 'base64');

// Ties each wrapped key to its slot's method, salt and parameters, so a slot cannot be edited
// or moved to another method without the unwrap failing.
function slotAad(slot: Pick<KeySlot, 'method' | 'kdf' | 'salt'>): Buffer {
  const kdf =
    slot.kdf.name === 'scrypt' ? `scrypt:${slot.kdf.N}:${slot.kdf.r}:${slot.kdf.p}` : slot.kdf.name;
  return Buffer.from(`between-sessions/key-slot/v1|${slot.method}|${kdf}|${slot.salt}`, 'utf8');
}

export async function passphraseSlot(
  dataKey: Buffer,
  passphrase: string,
  params: ScryptParams,
): Promise<PassphraseSlot> {
  const salt = randomBytes(SALT_BYTES.default);
  const base = {
    method: 'passphrase' as const,
    kdf: { name: 'scrypt' as const, N: params.N, r: params.r, p: params.p },
    salt: b64(salt),
  };
  const kek = await deriveFromPassphrase(passphrase, salt, params);
  try {
    const { iv, wrapped } = wrapKey(kek, dataKey, slotAad(base));
    return { ...base, iv: b64(iv), wrappedKey: b64(wrapped) };
  } finally {
    kek.fill(0);
  }
}

export async function recoverySlot(dataKey: Buffer, recoveryKey: Buffer): Promise<RecoverySlot> {
  const salt = randomBytes(SALT_BYTES.default);
  const base = {
    method: 'recovery-key' as const,
    kdf: { name: 'hkdf-sha256' as const },
    salt: b64(salt),
  };
  const kek = await deriveFromRecoveryKey(recoveryKey, salt);
  try {
    const { iv, wrapped } = wrapKey(kek, dataKey, slotAad(base));
    return { ...base, iv: b64(iv), wrappedKey: b64(wrapped) };
  } finally {
    kek.fill(0);
  }
}

async function kekFor(
  secret: VaultSecret,
  header: VaultHeader,
): Promise<[Buffer, KeySlot] | undefined> {
  const [pass, recovery] = header.keySlots;
  if ('passphrase' in secret) {
    if (secret.passphrase.length === 0) return undefined;
    return [await deriveFromPassphrase(secret.passphrase, unb64(pass.salt), pass.kdf), pass];
  }
  const keyBytes = parseRecoveryKey(secret.recoveryKey);
  if (!keyBytes) return undefined;
  try {
    return [await deriveFromRecoveryKey(keyBytes, unb64(recovery.salt)), recovery];
  } finally {
    keyBytes.fill(0);
  }
}

/** Recovers the data key with a secret, or fails with `WRONG_SECRET`. */
export async function unlockDataKey(header: VaultHeader, secret: VaultSecret): Promise<Buffer> {
  const found = await kekFor(secret, header);
  if (!found) throw new VaultError('WRONG_SECRET');
  const [kek, slot] = found;
  try {
    const dataKey = unwrapKey(kek, unb64(slot.iv), unb64(slot.wrappedKey), slotAad(slot));
    if (!dataKey) throw new VaultError('WRONG_SECRET');
    return dataKey;
  } finally {
    kek.fill(0);
  }
}
