import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';

/*
 * The least any encrypted JSON store must do, to compare the vault against on the same data:
 * no header, no validation, no temp file or rename, no change detection.
 */

export async function rawSave(file: string, key: Buffer, doc: unknown): Promise<void> {
  const plaintext = Buffer.from(JSON.stringify(doc), 'utf8');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const bytes = Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function rawUnlock(file: string, key: Buffer): Promise<unknown> {
  const bytes = await readFile(file);
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  const plaintext = Buffer.concat([
    decipher.update(bytes.subarray(12, bytes.length - 16)),
    decipher.final(),
  ]);
  return JSON.parse(plaintext.toString('utf8'));
}
