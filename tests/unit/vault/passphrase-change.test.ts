import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, isVaultError, listBackups, openVault } from '../../../electron/vault';
import type { VaultSecret } from '../../../electron/vault';
import { openDocumentText } from '../../../electron/vault/cipher';
import { parseContainer } from '../../../electron/vault/format';
import { unlockDataKey } from '../../../electron/vault/key-slots';
import { CHEAP_KDF, SAVE_STEPS, faultyFs, tempDir } from './helpers';

const OLD = 'the old passphrase';
const NEW = 'a brand new passphrase';
const DAY = 24 * 60 * 60 * 1000;
const START = new Date(2024, 0, 1, 12, 0, 0).getTime();
// Long enough that the document spans many cipher blocks: "intact" means every byte of it.
const BODY = 'Words written before the change. '.repeat(400);

/** What the vault at `file` holds when `secret` opens it, or 'WRONG_SECRET'. */
async function contentWith(
  file: string,
  secret: VaultSecret,
): Promise<{ theme: string; body: string | undefined } | 'WRONG_SECRET'> {
  try {
    const vault = await openVault(file, secret, { kdf: CHEAP_KDF, now: () => new Date(START) });
    const content = { theme: vault.data.settings.theme, body: vault.data.entries[0]?.body };
    await vault.close();
    return content;
  } catch (error) {
    if (isVaultError(error) && error.code === 'WRONG_SECRET') return 'WRONG_SECRET';
    throw error;
  }
}

async function setUp() {
  const file = join(await tempDir(), 'journal.vault');
  const { vault, recoveryKey } = await createVault(file, OLD, {
    kdf: CHEAP_KDF,
    now: () => new Date(START - 2 * DAY),
  });
  await vault.update((doc) => {
    doc.settings.theme = 'dark';
    doc.entries.push({
      id: 'e',
      date: '2024-01-01',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      title: 'before',
      body: BODY,
      tags: [],
      shareLevel: 'private',
    });
  });
  await vault.close();
  return { file, recoveryKey };
}

const INTACT = { theme: 'dark', body: BODY };

describe('changing the passphrase', () => {
  it('afterwards the new passphrase and the new recovery key open the journal; the old ones do not', async () => {
    const { file, recoveryKey: oldKey } = await setUp();
    const vault = await openVault(file, { passphrase: OLD }, { kdf: CHEAP_KDF });
    const { recoveryKey: newKey } = await vault.changePassphrase(OLD, NEW);
    expect(newKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(newKey).not.toBe(oldKey);
    await vault.update((doc) => void (doc.settings.theme = 'light'));
    await vault.close();
    const after = { theme: 'light', body: BODY };
    expect(await contentWith(file, { passphrase: NEW })).toEqual(after);
    expect(await contentWith(file, { recoveryKey: newKey })).toEqual(after);
    expect(await contentWith(file, { passphrase: OLD })).toBe('WRONG_SECRET');
    expect(await contentWith(file, { recoveryKey: oldKey })).toBe('WRONG_SECRET');
  });

  it('re-encrypts under a new data key: both key slots and the document change', async () => {
    const { file } = await setUp();
    const before = parseContainer(await readFile(file));
    const vault = await openVault(file, { passphrase: OLD }, { kdf: CHEAP_KDF });
    await vault.changePassphrase(OLD, NEW);
    await vault.close();
    const after = parseContainer(await readFile(file));
    const [oldPass, oldRecovery] = before.header.keySlots;
    const [newPass, newRecovery] = after.header.keySlots;
    expect(newPass.salt).not.toBe(oldPass.salt);
    expect(newRecovery.salt).not.toBe(oldRecovery.salt);
    expect(newRecovery.wrappedKey).not.toBe(oldRecovery.wrappedKey);
    const oldDataKey = await unlockDataKey(before.header, { passphrase: OLD });
    const newDataKey = await unlockDataKey(after.header, { passphrase: NEW });
    expect(newDataKey.equals(oldDataKey)).toBe(false);
  });

  it('the old passphrase (with any file or backup from before) cannot decrypt a backup made after the change', async () => {
    const { file, recoveryKey: oldKey } = await setUp();
    // Day 1: unlocking makes the day's backup, from before the change.
    const vault = await openVault(
      file,
      { passphrase: OLD },
      { kdf: CHEAP_KDF, now: () => new Date(START) },
    );
    const { recoveryKey: newKey } = await vault.changePassphrase(OLD, NEW);
    await vault.update((doc) => void (doc.entries[0]!.title = 'written after the change'));
    await vault.close();
    // Day 2: the day's backup is made after the change.
    const next = await openVault(
      file,
      { passphrase: NEW },
      { kdf: CHEAP_KDF, now: () => new Date(START + DAY) },
    );
    await next.close();
    const daily = (await listBackups(file)).filter((b) => b.kind === 'daily');
    // Newest first: day 2 (after the change), day 1 (before it), and the day it was created.
    expect(daily).toHaveLength(3);
    const [afterBackup, beforeBackup] = daily;
    const copy = async (path: string) => {
      const target = join(await tempDir(), 'journal.vault');
      await writeFile(target, await readFile(path));
      return target;
    };

    const after = await copy(afterBackup!.path);
    expect(await contentWith(after, { passphrase: OLD })).toBe('WRONG_SECRET');
    expect(await contentWith(after, { recoveryKey: oldKey })).toBe('WRONG_SECRET');
    // The strongest form: the old data key itself, recovered from the pre-change backup with
    // the old passphrase, does not decrypt the backup made after the change.
    const oldDataKey = await unlockDataKey(
      parseContainer(await readFile(beforeBackup!.path)).header,
      { passphrase: OLD },
    );
    const afterBytes = await readFile(after);
    expect(() => openDocumentText(oldDataKey, parseContainer(afterBytes))).toThrow(
      expect.objectContaining({ code: 'CORRUPT' }),
    );
    expect(await contentWith(after, { passphrase: NEW })).toMatchObject({ theme: 'dark' });

    // The backup from before the change opens with the old secrets only, and holds only what
    // was written before.
    const before = await copy(beforeBackup!.path);
    expect(await contentWith(before, { passphrase: NEW })).toBe('WRONG_SECRET');
    expect(await contentWith(before, { recoveryKey: newKey })).toBe('WRONG_SECRET');
    expect(await contentWith(before, { passphrase: OLD })).toEqual(INTACT);
    expect(await contentWith(before, { recoveryKey: oldKey })).toEqual(INTACT);
    const title = await openVault(before, { passphrase: OLD }, { kdf: CHEAP_KDF });
    expect(title.data.entries[0]!.title).toBe('before');
    await title.close();
  });

  it('refuses a wrong old passphrase with WRONG_SECRET and changes nothing', async () => {
    const { file } = await setUp();
    const bytes = await readFile(file);
    const vault = await openVault(file, { passphrase: OLD }, { kdf: CHEAP_KDF });
    await expect(vault.changePassphrase('not it', NEW)).rejects.toMatchObject({
      code: 'WRONG_SECRET',
    });
    await vault.close();
    expect((await readFile(file)).equals(bytes)).toBe(true);
    expect(await contentWith(file, { passphrase: OLD })).toEqual(INTACT);
  });

  for (const step of SAVE_STEPS) {
    it(`interrupted at ${step}: the journal opens with exactly one of the old or the new secrets, content intact`, async () => {
      const { file, recoveryKey: oldKey } = await setUp();
      const fs = faultyFs();
      const vault = await openVault(file, { passphrase: OLD }, { kdf: CHEAP_KDF, fs });
      fs.arm(step, 'EIO');
      const outcome = await vault.changePassphrase(OLD, NEW).then(
        ({ recoveryKey }) => recoveryKey,
        (error: unknown) => (isVaultError(error) ? error.code : error),
      );
      fs.disarm();
      await vault.close();
      const withOld = await contentWith(file, { passphrase: OLD });
      const withOldKey = await contentWith(file, { recoveryKey: oldKey });
      const withNew = await contentWith(file, { passphrase: NEW });
      if (step === 'fsyncDir') {
        // Renamed into place: the change took effect, so its recovery key must be handed over.
        expect(outcome).toMatch(/^[0-9A-Z]{4}-/);
        expect(withNew).toEqual(INTACT);
        expect(await contentWith(file, { recoveryKey: outcome as string })).toEqual(INTACT);
        expect([withOld, withOldKey]).toEqual(['WRONG_SECRET', 'WRONG_SECRET']);
      } else {
        // Before the rename nothing changed on disk.
        expect(outcome).toBe('IO');
        expect(withOld).toEqual(INTACT);
        expect(withOldKey).toEqual(INTACT);
        expect(withNew).toBe('WRONG_SECRET');
      }
      expect((await readdir(join(file, '..'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    });
  }
});

describe('a new recovery key', () => {
  it('opens the journal; the old one stops working; the passphrase keeps working', async () => {
    const { file, recoveryKey: oldKey } = await setUp();
    const vault = await openVault(file, { passphrase: OLD }, { kdf: CHEAP_KDF });
    const { recoveryKey: newKey } = await vault.regenerateRecoveryKey(OLD);
    expect(newKey).not.toBe(oldKey);
    await vault.close();
    expect(await contentWith(file, { recoveryKey: newKey })).toEqual(INTACT);
    expect(await contentWith(file, { recoveryKey: oldKey })).toBe('WRONG_SECRET');
    expect(await contentWith(file, { passphrase: OLD })).toEqual(INTACT);
  });

  it('needs the passphrase: a wrong one is refused and nothing changes', async () => {
    const { file, recoveryKey: oldKey } = await setUp();
    const bytes = await readFile(file);
    const vault = await openVault(file, { passphrase: OLD }, { kdf: CHEAP_KDF });
    await expect(vault.regenerateRecoveryKey('not it')).rejects.toMatchObject({
      code: 'WRONG_SECRET',
    });
    await vault.close();
    expect((await readFile(file)).equals(bytes)).toBe(true);
    expect(await contentWith(file, { recoveryKey: oldKey })).toEqual(INTACT);
  });
});

describe('backups under an earlier key', () => {
  it('are the ones made before the change; deleting them keeps later ones and makes a fresh one', async () => {
    const { file } = await setUp();
    const at = { now: START };
    const opts = { kdf: CHEAP_KDF, now: () => new Date(at.now) };
    const vault = await openVault(file, { passphrase: OLD }, opts);
    expect(await vault.backupsUnderEarlierKeys()).toEqual([]);
    await vault.changePassphrase(OLD, NEW);
    const earlier = await vault.backupsUnderEarlierKeys();
    // Made when it was created (2023-12-30) and on this unlock (2024-01-01, a new week).
    expect(earlier.map((b) => [b.day, b.kind])).toEqual([
      ['2024-01-01', 'daily'],
      ['2024-01-01', 'weekly'],
      ['2023-12-30', 'daily'],
      ['2023-12-30', 'weekly'],
    ]);
    // A damaged backup cannot be judged: it is neither counted nor deleted.
    const damaged = join(file, '..', 'backups', 'journal.vault.2023-12-31.daily.bak');
    await writeFile(damaged, 'not a vault');
    await vault.close();

    at.now = START + DAY;
    const next = await openVault(file, { passphrase: NEW }, opts);
    expect(await next.backupsUnderEarlierKeys()).toHaveLength(4);
    expect(await next.deleteBackupsUnderEarlierKeys()).toBe(4);
    expect(await next.backupsUnderEarlierKeys()).toEqual([]);
    await next.close();
    const left = await listBackups(file);
    expect(left.map((b) => b.path)).toContain(damaged);
    // Today's daily backup (made after the change) is kept, and this week's weekly one is made
    // again from the journal as it is now.
    expect(left.map((b) => [b.day, b.kind])).toEqual([
      ['2024-01-02', 'daily'],
      ['2024-01-02', 'weekly'],
      ['2023-12-31', 'daily'],
    ]);
    for (const backup of left.filter((b) => b.path !== damaged)) {
      const copy = join(await tempDir(), 'journal.vault');
      await writeFile(copy, await readFile(backup.path));
      expect(await contentWith(copy, { passphrase: NEW })).toEqual(INTACT);
    }
  });
});
