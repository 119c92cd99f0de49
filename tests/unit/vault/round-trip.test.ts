import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVault, openVault } from '../../../electron/vault';
import { nodeFs } from '../../../electron/vault/fs-layer';
import type { VaultFs } from '../../../electron/vault/fs-layer';
import { journalDocument } from '../domain/arbitraries';
import { CHEAP_KDF, tempDir } from './helpers';

const PASSPHRASE = 'round and round';

describe('round trip', () => {
  it('any valid document comes back exactly after save and unlock', async () => {
    const file = join(await tempDir(), 'journal.vault');
    const created = await createVault(file, PASSPHRASE, { kdf: CHEAP_KDF });
    await created.vault.close();
    await fc.assert(
      fc.asyncProperty(journalDocument, async (doc) => {
        // fast-check builds records without Object.prototype; compare against plain objects.
        const expected = structuredClone(doc);
        const vault = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF });
        try {
          await vault.update((data) => Object.assign(data, structuredClone(doc)));
        } finally {
          await vault.close();
        }
        const reopened = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF });
        try {
          expect(reopened.data).toStrictEqual(expected);
        } finally {
          await reopened.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('no plaintext on disk', () => {
  it('a canary written into every kind of field appears in no byte written: vault, temp files, backups', async () => {
    const CANARY = 'CANARY-7f3a-plaintext-must-not-leak';
    const written: Buffer[] = [];
    // Records every byte handed to the disk, so temp files that are renamed away count too.
    const recording: VaultFs = {
      ...nodeFs,
      async open(path, flags, mode) {
        const handle = await nodeFs.open(path, flags, mode);
        return {
          ...handle,
          write: (buffer, offset, length, position) => {
            written.push(Buffer.from(buffer.subarray(offset, offset + length)));
            return handle.write(buffer, offset, length, position);
          },
          read: (...args) => handle.read(...args),
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const dir = await tempDir();
    const file = join(dir, 'journal.vault');
    const created = await createVault(file, PASSPHRASE, { kdf: CHEAP_KDF, fs: recording });
    await created.vault.update((doc) => {
      doc.entries.push({
        id: 'e1',
        date: '2024-05-01',
        createdAt: '2024-05-01T10:00:00.000Z',
        updatedAt: '2024-05-01T10:00:00.000Z',
        title: CANARY,
        body: `${CANARY} ${CANARY}`,
        tags: [CANARY],
        shareLevel: 'full',
      });
      doc.settings.safetyPlan.warningSigns.push(CANARY);
    });
    await created.vault.close();
    const vault = await openVault(
      file,
      { passphrase: PASSPHRASE },
      { kdf: CHEAP_KDF, fs: recording },
    );
    expect(vault.data.entries[0]?.title).toBe(CANARY);
    await vault.update((doc) => void (doc.entries[0]!.title = `${CANARY}!`));
    await vault.changePassphrase(PASSPHRASE, 'another one');
    await vault.close();

    const onDisk = [await readFile(file)];
    for (const name of await readdir(join(dir, 'backups')))
      onDisk.push(await readFile(join(dir, 'backups', name)));
    expect(onDisk.length).toBeGreaterThan(1);
    expect(written.length).toBeGreaterThan(4);
    const needles = [
      Buffer.from(CANARY, 'utf8'),
      Buffer.from(CANARY, 'utf16le'),
      Buffer.from(Buffer.from(CANARY).toString('base64').slice(0, 24)),
      Buffer.from('CANARY-7f3a'),
    ];
    for (const bytes of [...written, ...onDisk]) {
      for (const needle of needles) expect(bytes.includes(needle)).toBe(false);
    }
  });
});
