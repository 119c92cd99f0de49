import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, isVaultError, openVault } from '../../../electron/vault';
import { writeFileDurably } from '../../../electron/vault/durable-write';
import { nodeFs } from '../../../electron/vault/fs-layer';
import { CHEAP_KDF, SAVE_STEPS, errnoError, faultyFs, tempDir } from './helpers';

const PASSPHRASE = 'faults happen';
const CODES = ['ENOSPC', 'EIO', 'EACCES', 'EPERM'] as const;

async function openWithFaults() {
  const dir = await tempDir();
  const file = join(dir, 'journal.vault');
  const created = await createVault(file, PASSPHRASE, { kdf: CHEAP_KDF });
  await created.vault.update((doc) => {
    doc.settings.autoLockMinutes = 7;
  });
  await created.vault.close();
  const fs = faultyFs();
  const vault = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF, fs });
  return { dir, file, fs, vault, before: await readFile(file) };
}

async function reopened(file: string) {
  const vault = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF });
  const minutes = vault.data.settings.autoLockMinutes;
  await vault.close();
  return minutes;
}

describe('I/O faults during a save', () => {
  for (const step of SAVE_STEPS) {
    for (const code of CODES) {
      it(`${code} at ${step}: the caller gets IO, the edit stays in memory, and save() succeeds once the fault is gone`, async () => {
        const { dir, file, fs, vault, before } = await openWithFaults();
        fs.arm(step, code);
        const error = await vault
          .update((doc) => {
            doc.settings.autoLockMinutes = 42;
          })
          .catch((e: unknown) => e);
        expect(isVaultError(error) && error.code).toBe('IO');
        expect(vault.dirty).toBe(true);
        expect(vault.data.settings.autoLockMinutes).toBe(42);
        if (step === 'fsyncDir') {
          // The rename already happened: the disk holds the new, complete file.
          expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
        } else {
          expect((await readFile(file)).equals(before), 'previous file byte-identical').toBe(true);
          expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
        }
        fs.disarm();
        await vault.save();
        expect(vault.dirty).toBe(false);
        await vault.close();
        expect(await reopened(file)).toBe(42);
      });
    }
  }

  it('the IO message says what to do about a full disk and a read-only folder, with no content', async () => {
    for (const [code, pattern] of [
      ['ENOSPC', /disk is full/],
      ['EACCES', /cannot be written/],
    ] as const) {
      const { fs, vault } = await openWithFaults();
      fs.arm('write', code);
      const error = await vault
        .update((doc) => {
          doc.settings.safetyPlan.warningSigns.push('CANARY-secret-text');
        })
        .then(
          () => new Error('saved despite the fault'),
          (e: unknown) => e as Error,
        );
      expect(error.message).toMatch(pattern);
      expect(error.message).not.toContain('CANARY');
      fs.disarm();
      await vault.close();
    }
  });

  it('a fault that lasts leaves every retry failing with IO and the file intact', async () => {
    const { file, fs, vault, before } = await openWithFaults();
    fs.arm('fsync', 'EIO');
    await expect(vault.update((doc) => void (doc.settings.theme = 'dark'))).rejects.toMatchObject({
      code: 'IO',
    });
    await expect(vault.save()).rejects.toMatchObject({ code: 'IO' });
    await expect(vault.save()).rejects.toMatchObject({ code: 'IO' });
    expect((await readFile(file)).equals(before)).toBe(true);
    fs.disarm();
    await vault.save();
    await vault.close();
  });

  it('close() makes one last attempt to save unsaved changes', async () => {
    const { file, fs, vault } = await openWithFaults();
    fs.arm('rename', 'ENOSPC');
    await expect(
      vault.update((doc) => void (doc.settings.autoLockMinutes = 99)),
    ).rejects.toMatchObject({ code: 'IO' });
    fs.disarm();
    await vault.close();
    expect(await reopened(file)).toBe(99);
  });
});

describe('rename on Windows', () => {
  it('retries a transient EBUSY/EPERM and succeeds', async () => {
    const file = join(await tempDir(), 'f.bin');
    let failures = 2;
    const fs = {
      ...nodeFs,
      rename: async (from: string, to: string) => {
        if (failures-- > 0) throw errnoError(failures ? 'EBUSY' : 'EPERM');
        return nodeFs.rename(from, to);
      },
    };
    await writeFileDurably(fs, file, Buffer.from('ok'), {
      platform: 'win32',
      sleep: async () => undefined,
    });
    expect(await readFile(file, 'utf8')).toBe('ok');
  });

  it('gives up after a short while and removes its temp file', async () => {
    const dir = await tempDir();
    const fs = { ...nodeFs, rename: async () => Promise.reject(errnoError('EBUSY')) };
    await expect(
      writeFileDurably(fs, join(dir, 'f.bin'), Buffer.from('x'), {
        platform: 'win32',
        sleep: async () => undefined,
      }),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not retry EPERM elsewhere, where it is final', async () => {
    let calls = 0;
    const fs = {
      ...nodeFs,
      rename: async () => {
        calls++;
        throw errnoError('EPERM');
      },
    };
    await expect(
      writeFileDurably(fs, join(await tempDir(), 'f'), Buffer.from('x'), { platform: 'linux' }),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
