import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, isVaultError, openVault } from '../../../electron/vault';
import { newDataKey, sealDocument } from '../../../electron/vault/cipher';
import {
  MIN_PADDED_BYTES,
  encodeHeader,
  paddedLength,
  parseContainer,
} from '../../../electron/vault/format';
import { passphraseSlot, recoverySlot } from '../../../electron/vault/key-slots';
import { generateRecoveryKeyBytes } from '../../../electron/vault/recovery-key';
import { emptyDocument } from '../../../shared/domain';
import { CHEAP_KDF, tempDir } from './helpers';

const PASSPHRASE = 'padding hides how much was written';
const KIB = 1024;

/** The size of the vault file after writing one entry with a body of `bodyBytes` characters. */
async function fileSizeWith(file: string, bodyBytes: number): Promise<number> {
  const vault = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF });
  await vault.update((doc) => {
    doc.entries.splice(0, 1, {
      id: 'e',
      date: '2024-01-01',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      title: 't',
      body: 'x'.repeat(bodyBytes),
      tags: [],
      shareLevel: 'private',
    });
  });
  await vault.close();
  return (await readFile(file)).length;
}

async function newVault(): Promise<string> {
  const file = join(await tempDir(), 'journal.vault');
  const { vault } = await createVault(file, PASSPHRASE, { kdf: CHEAP_KDF });
  await vault.close();
  return file;
}

describe('size buckets', () => {
  it('are at least 64 KiB, then quarter steps of each power of two', () => {
    expect(paddedLength(0)).toBe(64 * KIB);
    expect(paddedLength(64 * KIB)).toBe(64 * KIB);
    expect(paddedLength(64 * KIB + 1)).toBe(80 * KIB);
    expect(paddedLength(80 * KIB)).toBe(80 * KIB);
    expect(paddedLength(80 * KIB + 1)).toBe(96 * KIB);
    expect(paddedLength(112 * KIB + 1)).toBe(128 * KIB);
    expect(paddedLength(128 * KIB + 1)).toBe(160 * KIB);
    expect(paddedLength(20_000_000)).toBe(20 * KIB * KIB);
    // Never smaller than the document, never more than a quarter larger.
    for (let n = MIN_PADDED_BYTES; n < 64 * KIB * KIB; n = Math.ceil(n * 1.0137) + 7) {
      expect(paddedLength(n)).toBeGreaterThanOrEqual(n);
      expect(paddedLength(n)).toBeLessThanOrEqual(n * 1.25);
      expect(paddedLength(paddedLength(n))).toBe(paddedLength(n));
    }
  });
});

describe('padding the document', () => {
  it('documents of different sizes within one bucket make files of the same size', async () => {
    const file = await newVault();
    const empty = (await readFile(file)).length;
    const small = await fileSizeWith(file, 10);
    const larger = await fileSizeWith(file, 40 * KIB);
    expect(small).toBe(empty);
    expect(larger).toBe(empty);
    expect(empty).toBeGreaterThan(64 * KIB);
    // The next bucket: 80 KiB of document.
    const next = await fileSizeWith(file, 70 * KIB);
    expect(next - empty).toBe(16 * KIB);
    expect(await fileSizeWith(file, 75 * KIB)).toBe(next);
  });

  it('the padding is encrypted: the file shows no run of padding bytes, and no plaintext', async () => {
    const file = await newVault();
    await fileSizeWith(file, 10);
    const bytes = await readFile(file);
    expect(bytes.includes(Buffer.alloc(64, 0x20))).toBe(false);
    expect(bytes.includes(Buffer.alloc(64, 0))).toBe(false);
    expect(bytes.includes(Buffer.from('xxxxxxxx'))).toBe(false);
  });

  it('is authenticated: a flipped byte in the padding is refused as CORRUPT, the file untouched', async () => {
    const file = await newVault();
    await fileSizeWith(file, 10);
    const bytes = await readFile(file);
    // The last bytes before the tag encrypt padding; the first ones encrypt the JSON.
    for (const fromEnd of [17, 100, 30 * KIB]) {
      const damaged = Buffer.from(bytes);
      damaged[damaged.length - fromEnd]! ^= 0x01;
      await writeFile(file, damaged);
      const code = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF }).then(
        (vault) => vault.close().then(() => 'OPENED'),
        (error: unknown) => (isVaultError(error) ? error.code : String(error)),
      );
      expect(code, `${fromEnd} bytes from the end`).toBe('CORRUPT');
      expect((await readFile(file)).equals(damaged)).toBe(true);
    }
  });

  describe('a correctly encrypted version 2 file whose padding is wrong is refused as CORRUPT', () => {
    async function sealed(plaintext: Buffer, pad: boolean): Promise<string> {
      const dataKey = newDataKey();
      const header = {
        cipher: 'aes-256-gcm' as const,
        keySlots: [
          await passphraseSlot(dataKey, PASSPHRASE, CHEAP_KDF),
          await recoverySlot(dataKey, generateRecoveryKeyBytes()),
        ] as [Awaited<ReturnType<typeof passphraseSlot>>, Awaited<ReturnType<typeof recoverySlot>>],
      };
      const bytes = sealDocument(dataKey, encodeHeader(header), plaintext, { pad });
      expect(parseContainer(bytes).formatVersion).toBe(2);
      const file = join(await tempDir(), 'journal.vault');
      await writeFile(file, bytes);
      return file;
    }
    const json = Buffer.from(JSON.stringify(emptyDocument()));
    const opens = (file: string) =>
      openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF }).then(
        (vault) => vault.close().then(() => 'OPENED'),
        (error: unknown) => (isVaultError(error) ? error.code : String(error)),
      );

    it('(the same document padded right opens, so the cases below test the padding)', async () => {
      expect(await opens(await sealed(json, true))).toBe('OPENED');
    });

    it('no padding at all', async () => {
      expect(await opens(await sealed(json, false))).toBe('CORRUPT');
    });

    it('one byte short of the bucket, or one byte over', async () => {
      const short = Buffer.concat([json, Buffer.alloc(MIN_PADDED_BYTES - json.length - 1, 0x20)]);
      const over = Buffer.concat([json, Buffer.alloc(MIN_PADDED_BYTES - json.length + 1, 0x20)]);
      expect(await opens(await sealed(short, false))).toBe('CORRUPT');
      expect(await opens(await sealed(over, false))).toBe('CORRUPT');
    });

    it('padding of zeros instead of spaces', async () => {
      const zeros = Buffer.concat([json, Buffer.alloc(MIN_PADDED_BYTES - json.length, 0)]);
      expect(await opens(await sealed(zeros, false))).toBe('CORRUPT');
    });
  });
});
