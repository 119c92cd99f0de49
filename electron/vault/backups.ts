import { basename, dirname, join, resolve, sep } from 'node:path';
import { writeFileDurably } from './durable-write';
import type { DurableWriteOptions } from './durable-write';
import { errnoOf } from './errors';
import type { VaultFs } from './fs-layer';

/**
 * `daily` and `weekly` are made on unlock and rotated; `pre-restore` is the file a restore
 * replaced. Those are never rotated away: a restore must not be able to lose anything.
 */
export type BackupKind = 'daily' | 'weekly' | 'pre-restore';

export interface BackupInfo {
  path: string;
  /** When the backup was taken, ISO 8601 UTC. */
  createdAt: string;
  kind: BackupKind;
  sizeBytes: number;
}

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;

export function backupDirFor(file: string): string {
  return join(dirname(resolve(file)), 'backups');
}

// `<vault name>.<UTC stamp>.<kind>.bak`: the name alone says what and when, so listing needs
// no secret and no index file that could itself be lost.
const NAME = /^(.+)\.(\d{8}T\d{9}Z)\.(daily|weekly|pre-restore)\.bak$/;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function dateOfStamp(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return new Date(Number.NaN);
  const [, y, mo, d, h, mi, s, ms] = m.map(Number) as [number, ...number[]];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!));
}

/** The calendar day in local time: "a day of use" is the person's day, not UTC's. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local day of the Monday starting `date`'s week. */
function localWeek(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return localDay(monday);
}

/** Backups of `file` as named in the folder, newest first; `sizeBytes` is not filled in. */
async function backupsByName(fs: VaultFs, file: string): Promise<BackupInfo[]> {
  const dir = backupDirFor(file);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
  const vaultName = basename(file);
  const found: BackupInfo[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m || m[1] !== vaultName) continue;
    const created = dateOfStamp(m[2]!);
    if (Number.isNaN(created.getTime())) continue;
    found.push({
      path: join(dir, name),
      createdAt: created.toISOString(),
      kind: m[3] as BackupKind,
      sizeBytes: 0,
    });
  }
  return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Backups of `file`, newest first. */
export async function listBackupsWith(fs: VaultFs, file: string): Promise<BackupInfo[]> {
  const listed: BackupInfo[] = [];
  for (const backup of await backupsByName(fs, file)) {
    const size = await fs.stat(backup.path).then(
      (s) => s.size,
      () => undefined,
    );
    if (size !== undefined) listed.push({ ...backup, sizeBytes: size });
  }
  return listed;
}

/** True when `path` names a backup of `file` (inside its backups folder, with our naming). */
export function isBackupPathOf(file: string, path: string): boolean {
  const full = resolve(path);
  const dir = backupDirFor(file);
  if (dirname(full) !== dir || !full.startsWith(dir + sep)) return false;
  const m = NAME.exec(basename(full));
  return m !== null && m[1] === basename(file);
}

export async function writeBackup(
  fs: VaultFs,
  file: string,
  bytes: Uint8Array,
  kind: BackupKind,
  at: Date,
  options: DurableWriteOptions = {},
): Promise<string> {
  const dir = backupDirFor(file);
  await fs.mkdir(dir);
  const path = join(dir, `${basename(file)}.${stampOf(at)}.${kind}.bak`);
  await writeFileDurably(fs, path, bytes, options);
  return path;
}

/**
 * Makes today's daily backup (and this week's weekly one) from bytes known to be a good vault,
 * if they do not exist yet, then rotates: the newest 7 daily and 4 weekly backups are kept.
 */
export async function backUpIfDue(
  fs: VaultFs,
  file: string,
  bytes: Uint8Array,
  now: Date,
  options: DurableWriteOptions = {},
): Promise<void> {
  // Names alone say what is due; statting every backup on each unlock would be wasted work.
  const existing = await backupsByName(fs, file);
  const today = localDay(now);
  const thisWeek = localWeek(now);
  const ofKind = (kind: BackupKind) => existing.filter((b) => b.kind === kind);
  if (!ofKind('daily').some((b) => localDay(new Date(b.createdAt)) === today)) {
    existing.unshift({ ...(await made('daily')) });
  }
  if (!ofKind('weekly').some((b) => localWeek(new Date(b.createdAt)) === thisWeek)) {
    existing.unshift({ ...(await made('weekly')) });
  }
  for (const [kind, keep] of [
    ['daily', KEEP_DAILY],
    ['weekly', KEEP_WEEKLY],
  ] as const) {
    const sorted = existing
      .filter((b) => b.kind === kind)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    for (const old of sorted.slice(keep)) await fs.unlink(old.path).catch(() => undefined);
  }

  async function made(kind: BackupKind): Promise<BackupInfo> {
    const path = await writeBackup(fs, file, bytes, kind, now, options);
    return { path, createdAt: now.toISOString(), kind, sizeBytes: bytes.length };
  }
}

/** Removes backup temp files a killed process left. Only call while holding the vault's lock. */
export async function removeStaleBackupTemps(fs: VaultFs, file: string): Promise<void> {
  const dir = backupDirFor(file);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const prefix = `.${basename(file)}.`;
  for (const name of names) {
    if (name.startsWith(prefix) && /\.bak\.[0-9a-f]+\.tmp$/.test(name)) {
      await fs.unlink(join(dir, name)).catch(() => undefined);
    }
  }
}
