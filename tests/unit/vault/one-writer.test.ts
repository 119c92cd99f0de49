import { spawn } from 'node:child_process';
import { readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, openVault } from '../../../electron/vault';
import { CHEAP_KDF, tempDir } from './helpers';

const PASSPHRASE = 'only one writer';

async function setUp() {
  const dir = await tempDir();
  const file = join(dir, 'journal.vault');
  const { vault } = await createVault(file, PASSPHRASE, { kdf: CHEAP_KDF });
  await vault.close();
  return { dir, file };
}

const open = (file: string) => openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF });

/** A live process that is not us, to hold a lock. */
async function withLiveProcess<T>(fn: (pid: number) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  try {
    return await fn(child.pid!);
  } finally {
    child.kill('SIGKILL');
  }
}

describe('lock file', () => {
  it('a second open of the same vault is refused with LOCKED_BY_OTHER while the first is open', async () => {
    const { file } = await setUp();
    const first = await open(file);
    await expect(open(file)).rejects.toMatchObject({ code: 'LOCKED_BY_OTHER' });
    await first.close();
    await (await open(file)).close();
  });

  it('a lock held by another live process is refused with LOCKED_BY_OTHER and nothing is touched', async () => {
    const { dir, file } = await setUp();
    const before = await readFile(file);
    await withLiveProcess(async (pid) => {
      await writeFile(`${file}.lock`, `${pid}\n`);
      await expect(open(file)).rejects.toMatchObject({ code: 'LOCKED_BY_OTHER' });
      expect(await readFile(`${file}.lock`, 'utf8')).toBe(`${pid}\n`);
    });
    expect((await readFile(file)).equals(before)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['journal.vault', 'journal.vault.lock']);
  });

  it('a stale lock (its process is gone, or it is empty after a crash) is taken over', async () => {
    const { file } = await setUp();
    const gone = await withLiveProcess(async (pid) => pid);
    await new Promise((r) => setTimeout(r, 100));
    for (const content of [`${gone}\n`, '', 'garbage']) {
      await writeFile(`${file}.lock`, content);
      const vault = await open(file);
      expect(await readFile(`${file}.lock`, 'utf8')).toBe(`${process.pid}\n`);
      await vault.close();
    }
  });

  it('close releases the lock file', async () => {
    const { dir, file } = await setUp();
    const vault = await open(file);
    expect(await readdir(dir)).toContain('journal.vault.lock');
    await vault.close();
    expect(await readdir(dir)).not.toContain('journal.vault.lock');
  });
});

describe('changed on disk', () => {
  it('a vault replaced by another program since it was read is not overwritten (CHANGED_ON_DISK)', async () => {
    const { file } = await setUp();
    const older = await readFile(file);
    const vault = await open(file);
    await vault.update((doc) => void (doc.settings.theme = 'dark'));
    // Something else (a sync client, a copy by hand) puts other bytes in place.
    await writeFile(file, older);
    await expect(vault.update((doc) => void (doc.settings.theme = 'light'))).rejects.toMatchObject({
      code: 'CHANGED_ON_DISK',
    });
    expect((await readFile(file)).equals(older)).toBe(true);
    expect(vault.dirty).toBe(true);
    expect(vault.data.settings.theme).toBe('light');
    await vault.close();
    expect((await readFile(file)).equals(older)).toBe(true);
  });

  it('a vault deleted from under an open journal is not recreated silently (CHANGED_ON_DISK)', async () => {
    const { file } = await setUp();
    const vault = await open(file);
    await rm(file);
    await expect(vault.update((doc) => void (doc.settings.theme = 'dark'))).rejects.toMatchObject({
      code: 'CHANGED_ON_DISK',
    });
    await vault.close();
  });

  it('a file merely touched (same bytes, new mtime) is still saved normally', async () => {
    const { file } = await setUp();
    const vault = await open(file);
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    await vault.update((doc) => void (doc.settings.theme = 'dark'));
    await vault.close();
    const again = await open(file);
    expect(again.data.settings.theme).toBe('dark');
    await again.close();
  });
});
