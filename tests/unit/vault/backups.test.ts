import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createVault,
  isVaultError,
  listBackups,
  openVault,
  restoreBackup,
} from '../../../electron/vault';
import { localDay } from '../../../electron/vault/backups';
import { CHEAP_KDF, tempDir } from './helpers';

const PASSPHRASE = 'backups matter';
const DAY = 24 * 60 * 60 * 1000;
// Noon local time avoids the test depending on the machine's time zone at day boundaries.
const START = new Date(2024, 0, 1, 12, 0, 0).getTime(); // a Monday

async function setUp() {
  const dir = await tempDir();
  const file = join(dir, 'journal.vault');
  const { vault } = await createVault(file, PASSPHRASE, {
    kdf: CHEAP_KDF,
    now: () => new Date(START),
  });
  await vault.close();
  return { dir, file };
}

async function openOn(file: string, at: number, edit?: (minutes: number) => number) {
  const vault = await openVault(
    file,
    { passphrase: PASSPHRASE },
    { kdf: CHEAP_KDF, now: () => new Date(at) },
  );
  if (edit)
    await vault.update(
      (doc) => void (doc.settings.autoLockMinutes = edit(doc.settings.autoLockMinutes)),
    );
  await vault.close();
}

async function minutesIn(
  file: string,
  secret: { passphrase: string } = { passphrase: PASSPHRASE },
) {
  const vault = await openVault(file, secret, { kdf: CHEAP_KDF });
  const minutes = vault.data.settings.autoLockMinutes;
  await vault.close();
  return minutes;
}

describe('backups', () => {
  it('unlocking makes one daily backup per calendar day of use, and a weekly one per week', async () => {
    const { file } = await setUp();
    await openOn(file, START);
    await openOn(file, START + 60_000);
    let backups = await listBackups(file);
    expect(backups.map((b) => b.kind).sort()).toEqual(['daily', 'weekly']);
    await openOn(file, START + DAY);
    backups = await listBackups(file);
    expect(backups.filter((b) => b.kind === 'daily')).toHaveLength(2);
    expect(backups.filter((b) => b.kind === 'weekly')).toHaveLength(1);
    expect(backups[0]!.day).toBe(localDay(new Date(START + DAY)));
    expect(backups[0]!.sizeBytes).toBe((await readFile(file)).length);
  });

  it('rotation keeps the newest 7 daily and 4 weekly backups, newest first', async () => {
    const { file } = await setUp();
    for (let day = 0; day < 40; day++) await openOn(file, START + day * DAY, (m) => (m % 200) + 1);
    const backups = await listBackups(file);
    const daily = backups.filter((b) => b.kind === 'daily');
    const weekly = backups.filter((b) => b.kind === 'weekly');
    expect(daily).toHaveLength(7);
    expect(weekly).toHaveLength(4);
    expect(daily.map((b) => b.day)).toEqual(
      Array.from({ length: 7 }, (_, i) => localDay(new Date(START + (39 - i) * DAY))),
    );
    // Weeks start on Monday: days 35, 28, 21 and 14 were the first unlock of their week.
    expect(weekly.map((b) => b.day)).toEqual(
      [35, 28, 21, 14].map((d) => localDay(new Date(START + d * DAY))),
    );
    const sorted = [...backups].sort((a, b) => b.day.localeCompare(a.day));
    expect(backups.map((b) => b.day)).toEqual(sorted.map((b) => b.day));
  });

  it('a save on a new day (the journal left open past midnight) also leaves a backup of that day', async () => {
    const { file } = await setUp();
    let now = START;
    const vault = await openVault(
      file,
      { passphrase: PASSPHRASE },
      { kdf: CHEAP_KDF, now: () => new Date(now) },
    );
    now += DAY;
    await vault.update((doc) => void (doc.settings.autoLockMinutes = 30));
    await vault.close();
    const daily = (await listBackups(file)).filter((b) => b.kind === 'daily');
    expect(daily.map((b) => b.day)).toContain(localDay(new Date(now)));
  });

  it('restore brings back the backup and keeps the replaced file as a pre-restore backup', async () => {
    const { file } = await setUp();
    await openOn(file, START, () => 11);
    await openOn(file, START + DAY, () => 22);
    await openOn(file, START + DAY + 1000, () => 33);
    const replaced = await readFile(file);
    // The backup made on day 2's unlock holds day 1's last state.
    const [newest] = (await listBackups(file)).filter((b) => b.kind === 'daily');
    await restoreBackup(file, newest!.path, { now: () => new Date(START + 2 * DAY) });
    expect(await minutesIn(file)).toBe(11);
    const kept = (await listBackups(file)).find((b) => b.kind === 'pre-restore');
    expect(kept).toBeDefined();
    expect((await readFile(kept!.path)).equals(replaced)).toBe(true);
  });

  it('restore replaces a damaged vault and keeps the damaged bytes, untouched, as a backup', async () => {
    const { file } = await setUp();
    await openOn(file, START, () => 44);
    await openOn(file, START + DAY);
    const damaged = Buffer.from(await readFile(file));
    damaged[damaged.length - 1]! ^= 1;
    await writeFile(file, damaged);
    const refused = await minutesIn(file).catch((e: unknown) => (isVaultError(e) ? e.code : e));
    expect(refused).toBe('CORRUPT');
    const [newest] = await listBackups(file);
    await restoreBackup(file, newest!.path, { now: () => new Date(START + 2 * DAY) });
    expect(await minutesIn(file)).toBe(44);
    const kept = (await listBackups(file)).find((b) => b.kind === 'pre-restore');
    expect((await readFile(kept!.path)).equals(damaged)).toBe(true);
  });

  it('restore is refused while the journal is open (LOCKED_BY_OTHER), for a path outside backups (NOT_FOUND), and for a damaged backup (CORRUPT)', async () => {
    const { dir, file } = await setUp();
    await openOn(file, START, () => 55);
    const [backup] = await listBackups(file);
    const before = await readFile(file);

    const open = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF });
    await expect(restoreBackup(file, backup!.path)).rejects.toMatchObject({
      code: 'LOCKED_BY_OTHER',
    });
    await open.close();

    const outside = join(dir, 'journal.vault.20240101T000000000Z.daily.bak');
    await writeFile(outside, before);
    await expect(restoreBackup(file, outside)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      restoreBackup(file, join(dir, 'backups', '..', 'journal.vault')),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const broken = Buffer.from(await readFile(backup!.path));
    broken[20]! ^= 1;
    await writeFile(backup!.path, broken);
    await expect(restoreBackup(file, backup!.path)).rejects.toMatchObject({ code: 'CORRUPT' });
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it('a backup opens with the passphrase it was made under, and with the recovery key', async () => {
    const dir = await tempDir();
    const file = join(dir, 'journal.vault');
    const { vault, recoveryKey } = await createVault(file, PASSPHRASE, { kdf: CHEAP_KDF });
    await vault.update((doc) => void (doc.settings.autoLockMinutes = 66));
    await vault.changePassphrase(PASSPHRASE, 'newer passphrase');
    await vault.close();
    const [backup] = await listBackups(file);
    const copy = join(await tempDir(), 'copy.vault');
    await writeFile(copy, await readFile(backup!.path));
    expect(await minutesIn(copy)).toBe(66);
    expect(await minutesIn(copy, { recoveryKey } as never)).toBe(66);
  });

  it('restore asked to check a secret first: a wrong one is refused (WRONG_SECRET) and nothing is written', async () => {
    const { dir, file } = await setUp();
    await openOn(file, START, () => 11);
    await openOn(file, START + DAY, () => 22);
    const [daily] = (await listBackups(file)).filter((b) => b.kind === 'daily');
    const before = await readFile(file);
    const backupsBefore = await readdir(join(dir, 'backups'));
    for (const verifyWith of [{ passphrase: 'not it' }, { recoveryKey: 'AAAA-BBBB' }]) {
      await expect(restoreBackup(file, daily!.path, { verifyWith })).rejects.toMatchObject({
        code: 'WRONG_SECRET',
      });
    }
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(await readdir(join(dir, 'backups'))).toEqual(backupsBefore);
    await restoreBackup(file, daily!.path, {
      verifyWith: { passphrase: PASSPHRASE },
      now: () => new Date(START + 2 * DAY),
    });
    expect(await minutesIn(file)).toBe(11);
  });

  it('names say the day and the kind, nothing more: no time of day', async () => {
    const { dir, file } = await setUp();
    await openOn(file, new Date(2024, 0, 3, 23, 59, 58, 123).getTime());
    await openOn(file, new Date(2024, 0, 4, 0, 0, 1).getTime());
    expect((await readdir(join(dir, 'backups'))).sort()).toEqual([
      'journal.vault.2024-01-03.daily.bak',
      'journal.vault.2024-01-03.weekly.bak',
      'journal.vault.2024-01-04.daily.bak',
    ]);
  });

  it('pre-restore backups of one day get their own names and are never rotated away', async () => {
    const { dir, file } = await setUp();
    await openOn(file, START, () => 11);
    const restoreDay = () => new Date(START + DAY);
    for (let i = 0; i < 3; i++) {
      const [daily] = (await listBackups(file)).filter((b) => b.kind === 'daily');
      await restoreBackup(file, daily!.path, { now: restoreDay });
    }
    const names = (await readdir(join(dir, 'backups'))).filter((n) => n.includes('pre-restore'));
    expect(names.sort()).toEqual([
      'journal.vault.2024-01-02.pre-restore-2.bak',
      'journal.vault.2024-01-02.pre-restore-3.bak',
      'journal.vault.2024-01-02.pre-restore.bak',
    ]);
    // Forty more days of use rotate daily and weekly backups, never these.
    for (let day = 2; day < 42; day++) await openOn(file, START + day * DAY, (m) => (m % 200) + 1);
    const kept = (await listBackups(file)).filter((b) => b.kind === 'pre-restore');
    expect(kept.map((b) => basename(b.path)).sort()).toEqual(names.sort());
    expect((await listBackups(file)).filter((b) => b.kind === 'daily')).toHaveLength(7);
  });

  it('backups named the old way (with a time stamp) are still listed, restorable and rotated', async () => {
    const { dir, file } = await setUp();
    await openOn(file, START, () => 77);
    await openOn(file, START + DAY);
    const [daily] = (await listBackups(file)).filter((b) => b.kind === 'daily');
    const legacy = join(dir, 'backups', 'journal.vault.20231225T120000000Z.daily.bak');
    await rename(daily!.path, legacy);
    const listed = await listBackups(file);
    expect(listed.find((b) => b.path === legacy)?.day).toBe(
      localDay(new Date(Date.UTC(2023, 11, 25, 12))),
    );
    await restoreBackup(file, legacy, { now: () => new Date(START + 2 * DAY) });
    expect(await minutesIn(file)).toBe(77);
    for (let day = 3; day < 10; day++) await openOn(file, START + day * DAY);
    expect((await listBackups(file)).map((b) => b.path)).not.toContain(legacy);
  });

  it('listing backups of a journal that never had any returns an empty list', async () => {
    const dir = await tempDir();
    expect(await listBackups(join(dir, 'journal.vault'))).toEqual([]);
  });
});
