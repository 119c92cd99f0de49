import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVaultError, openVault } from '../../../electron/vault';
import { newDataKey, sealDocument } from '../../../electron/vault/cipher';
import { encodeHeader } from '../../../electron/vault/format';
import { passphraseSlot, recoverySlot } from '../../../electron/vault/key-slots';
import { generateRecoveryKeyBytes } from '../../../electron/vault/recovery-key';
import { CURRENT_SCHEMA_VERSION, emptyDocument } from '../../../shared/domain';
import { CHEAP_KDF, listFiles, tempDir } from './helpers';

const PASSPHRASE = 'versions';

/** A correctly encrypted vault around any plaintext, as a newer (or buggy) build might write. */
async function vaultAround(
  plaintext: string | Buffer,
): Promise<{ dir: string; file: string; bytes: Buffer }> {
  const dataKey = newDataKey();
  const header = {
    cipher: 'aes-256-gcm' as const,
    keySlots: [
      await passphraseSlot(dataKey, PASSPHRASE, CHEAP_KDF),
      await recoverySlot(dataKey, generateRecoveryKeyBytes()),
    ] as [Awaited<ReturnType<typeof passphraseSlot>>, Awaited<ReturnType<typeof recoverySlot>>],
  };
  const bytes = sealDocument(
    dataKey,
    encodeHeader(header),
    typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext,
  );
  const dir = await tempDir();
  const file = join(dir, 'journal.vault');
  await writeFile(file, bytes);
  return { dir, file, bytes };
}

async function refusal(plaintext: string | Buffer): Promise<string> {
  const { dir, file, bytes } = await vaultAround(plaintext);
  const code = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF }).then(
    async (vault) => {
      await vault.close();
      return 'OPENED';
    },
    (error: unknown) => (isVaultError(error) ? error.code : String(error)),
  );
  if (code !== 'OPENED') {
    expect((await readFile(file)).equals(bytes)).toBe(true);
    expect(await listFiles(dir)).toEqual(['journal.vault']);
  }
  return code;
}

describe('the document inside the vault', () => {
  it('a well-formed current document opens (the harness itself is sound)', async () => {
    expect(await refusal(JSON.stringify(emptyDocument()))).toBe('OPENED');
  });

  it('a document written by a newer schema version is refused as UNSUPPORTED_VERSION and left untouched', async () => {
    const newer = { ...emptyDocument(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(await refusal(JSON.stringify(newer))).toBe('UNSUPPORTED_VERSION');
  });

  it('a document that does not match the schema is refused as CORRUPT and left untouched', async () => {
    expect(await refusal(JSON.stringify({ ...emptyDocument(), entries: [{ id: 1 }] }))).toBe(
      'CORRUPT',
    );
    expect(await refusal(JSON.stringify({ ...emptyDocument(), schemaVersion: 0 }))).toBe('CORRUPT');
    expect(await refusal('not json')).toBe('CORRUPT');
    expect(await refusal('\uFFFF'.repeat(3) + '{')).toBe('CORRUPT');
  });

  it('invalid UTF-8 inside a correctly encrypted file is refused as CORRUPT, not silently replaced', async () => {
    const entry = {
      id: 'e',
      date: '2024-01-01',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      title: 'MARK',
      body: '',
      tags: [],
      shareLevel: 'private',
    };
    const json = Buffer.from(JSON.stringify({ ...emptyDocument(), entries: [entry] }), 'utf8');
    const at = json.indexOf('MARK');
    // A lenient decoder would turn these bytes into U+FFFD and the document would "open".
    const bad = Buffer.concat([json.subarray(0, at), Buffer.from([0xc3, 0x28]), json.subarray(at)]);
    expect(await refusal(bad)).toBe('CORRUPT');
  });
});
