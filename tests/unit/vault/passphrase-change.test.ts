import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, isVaultError, openVault } from '../../../electron/vault';
import { CHEAP_KDF, SAVE_STEPS, faultyFs, tempDir } from './helpers';

const OLD = 'the old passphrase';
const NEW = 'a brand new passphrase';

async function opensWith(file: string, passphrase: string): Promise<boolean> {
  try {
    const vault = await openVault(file, { passphrase }, { kdf: CHEAP_KDF });
    expect(vault.data.settings.theme).toBe('dark');
    await vault.close();
    return true;
  } catch (error) {
    if (isVaultError(error) && error.code === 'WRONG_SECRET') return false;
    throw error;
  }
}

async function setUp() {
  const file = join(await tempDir(), 'journal.vault');
  const { vault, recoveryKey } = await createVault(file, OLD, { kdf: CHEAP_KDF });
  await vault.update((doc) => void (doc.settings.theme = 'dark'));
  await vault.close();
  return { file, recoveryKey };
}

describe('changing the passphrase', () => {
  it('afterwards the new passphrase opens the vault, the old one does not, the recovery key still does', async () => {
    const { file, recoveryKey } = await setUp();
    const vault = await openVault(file, { passphrase: OLD }, { kdf: CHEAP_KDF });
    await vault.changePassphrase(OLD, NEW);
    await vault.update((doc) => void (doc.settings.weekStart = 'sunday'));
    await vault.close();
    expect(await opensWith(file, NEW)).toBe(true);
    expect(await opensWith(file, OLD)).toBe(false);
    const viaRecovery = await openVault(file, { recoveryKey }, { kdf: CHEAP_KDF });
    expect(viaRecovery.data.settings.weekStart).toBe('sunday');
    await viaRecovery.close();
  });

  it('keeps the same data key: only the passphrase slot and the document IV change', async () => {
    const { file } = await setUp();
    const { parseContainer } = await import('../../../electron/vault/format');
    const { readFile } = await import('node:fs/promises');
    const before = parseContainer(await readFile(file));
    const vault = await openVault(file, { passphrase: OLD }, { kdf: CHEAP_KDF });
    await vault.changePassphrase(OLD, NEW);
    await vault.close();
    const after = parseContainer(await readFile(file));
    expect(after.header.keySlots[1]).toEqual(before.header.keySlots[1]);
    expect(after.header.keySlots[0].wrappedKey).not.toBe(before.header.keySlots[0].wrappedKey);
  });

  it('refuses a wrong old passphrase with WRONG_SECRET and changes nothing', async () => {
    const { file } = await setUp();
    const vault = await openVault(file, { passphrase: OLD }, { kdf: CHEAP_KDF });
    await expect(vault.changePassphrase('not it', NEW)).rejects.toMatchObject({
      code: 'WRONG_SECRET',
    });
    await vault.close();
    expect(await opensWith(file, OLD)).toBe(true);
  });

  for (const step of SAVE_STEPS) {
    it(`interrupted at ${step}: the vault opens with the old or the new passphrase, never neither`, async () => {
      const { file } = await setUp();
      const fs = faultyFs();
      const vault = await openVault(file, { passphrase: OLD }, { kdf: CHEAP_KDF, fs });
      fs.arm(step, 'EIO');
      await expect(vault.changePassphrase(OLD, NEW)).rejects.toMatchObject({ code: 'IO' });
      await vault.close();
      const withOld = await opensWith(file, OLD);
      const withNew = await opensWith(file, NEW);
      expect(withOld || withNew).toBe(true);
      // Before the rename nothing changed; after it, the new passphrase is what is on disk.
      expect(withNew).toBe(step === 'fsyncDir');
    });
  }
});
