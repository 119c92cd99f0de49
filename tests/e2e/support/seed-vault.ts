import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createVault, openVault } from '../../../electron/vault';
import { CHEAP_KDF as cheapKdf } from '../../support/kdf';
import { PASSPHRASE } from './vault-steps';

export const vaultPath = (dir: string) => path.join(dir, 'journal.vault');

/** A journal made with the real vault API, opened once so that a daily backup exists. */
export async function seedJournal(dir: string, passphrase = PASSPHRASE): Promise<void> {
  const { vault } = await createVault(vaultPath(dir), passphrase, { kdf: cheapKdf });
  await vault.update((doc) => {
    doc.settings.autoLockMinutes = 30;
  });
  await vault.close();
  const reopened = await openVault(vaultPath(dir), { passphrase }, { kdf: cheapKdf });
  await reopened.close();
}

/** Flips one byte near the end of the file, inside the encrypted document. */
export async function damage(dir: string): Promise<Buffer> {
  const bytes = await readFile(vaultPath(dir));
  bytes[bytes.length - 40]! ^= 0xff;
  await writeFile(vaultPath(dir), bytes);
  return bytes;
}

/**
 * Makes the file look written by a future format version: version 99, with the header checksum
 * recomputed as that version would write it (magic 8 bytes, version 2, header length 4).
 */
export async function markNewerVersion(dir: string): Promise<Buffer> {
  const bytes = await readFile(vaultPath(dir));
  bytes.writeUInt16BE(99, 8);
  const headerEnd = 14 + bytes.readUInt32BE(10);
  createHash('sha256').update(bytes.subarray(0, headerEnd)).digest().copy(bytes, headerEnd);
  await writeFile(vaultPath(dir), bytes);
  return bytes;
}
