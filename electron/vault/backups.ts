import { basename, dirname, join, resolve, sep } from 'node:path';
import { writeFileDurably } from './durable-write';
import type { DurableWriteOptions } from './durable-write';
import { errnoOf } from './errors';
import type { VaultFs } from './fs-layer';

/**
 * `daily` and `weekly` are made on unlock and rotated; `pre-restore` is the file a restore
 * replaced, `pre-import` the journal just before an import. Those are never rotated away: a
 * restore or an import must not be able to lose anything.
 */
export type BackupKind = 'daily' | 'weekly' | 'pre-restore' | 'pre-import';

export interface BackupInfo {
  path: string;
  /** The local calendar day the backup was made, `YYYY-MM-DD`: all its name says of when. */
  day: string;
  kind: BackupKind;
  sizeBytes: number;
}

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;

export function backupDirFor(file: string): string {
  return join(dirname(resolve(file)), 'backups');
}

// `<vault name>.<local day>.<kind>.bak`, and `.<kind>-<n>.bak` for the second and later
// pre-restore backups of one day: the name alone says what and which day, so listing needs no
// secret and no index file that could itself be lost, and it says nothing more (no time of day).
const NAME =
  /^(.+)\.(\d{4}-\d{2}-\d{2})\.(daily|weekly|pre-restore|pre-import)(?:-([2-9]|[1-9]\d+))?\.bak$/;
// Names written before backups were named by day: `<vault name>.<UTC stamp>.<kind>.bak`. Still
// listed, restorable and rotated; never written any more.
const LEGACY_NAME = /^(.+)\.(\d{8}T\d{9}Z)\.(daily|weekly|pre-restore)\.bak$/;

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

/** The local day of the Monday starting the week of `day` (`YYYY-MM-DD`). */
function weekOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const monday = new Date(y, m - 1, d);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return localDay(monday);
}

interface Named {
  vaultName: string;
  day: string;
  kind: BackupKind;
  /** Orders backups of one day: the n-th pre-restore backup of a day, or a legacy time stamp. */
  order: number;
}

function parseName(name: string): Named | undefined {
  const m = NAME.exec(name);
  if (m) {
    const [y, mo, d] = m[2]!.split('-').map(Number) as [number, number, number];
    const date = new Date(y, mo - 1, d);
    if (localDay(date) !== m[2]) return undefined; // not a real calendar day
    return { vaultName: m[1]!, day: m[2]!, kind: m[3] as BackupKind, order: Number(m[4] ?? 1) };
  }
  const legacy = LEGACY_NAME.exec(name);
  if (!legacy) return undefined;
  const created = dateOfStamp(legacy[2]!);
  if (Number.isNaN(created.getTime())) return undefined;
  // Legacy names sort before the day's new names: they were written before this build.
  return {
    vaultName: legacy[1]!,
    day: localDay(created),
    kind: legacy[3] as BackupKind,
    order: created.getTime() / 1e15 - 1,
  };
}

type Ordered = Pick<Named, 'day' | 'kind' | 'order'>;

const KIND_ORDER: Record<BackupKind, number> = {
  'pre-restore': 3,
  'pre-import': 2,
  daily: 1,
  weekly: 0,
};

/** Newest first: by day, then a day's pre-restore backups (latest first), daily, weekly. */
function newestFirst(a: Ordered, b: Ordered): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.kind !== b.kind) return KIND_ORDER[b.kind] - KIND_ORDER[a.kind];
  return b.order - a.order;
}

/** Backups of `file` as named in the folder, newest first; `sizeBytes` is not filled in. */
async function backupsByName(fs: VaultFs, file: string): Promise<Array<BackupInfo & Named>> {
  const dir = backupDirFor(file);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
  const vaultName = basename(file);
  const found: Array<BackupInfo & Named> = [];
  for (const name of names) {
    const named = parseName(name);
    if (!named || named.vaultName !== vaultName) continue;
    found.push({ ...named, path: join(dir, name), sizeBytes: 0 });
  }
  return found.sort(newestFirst);
}

/** Backups of `file`, newest first. */
export async function listBackupsWith(fs: VaultFs, file: string): Promise<BackupInfo[]> {
  const listed: BackupInfo[] = [];
  for (const { path, day, kind } of await backupsByName(fs, file)) {
    const size = await fs.stat(path).then(
      (s) => s.size,
      () => undefined,
    );
    if (size !== undefined) listed.push({ path, day, kind, sizeBytes: size });
  }
  return listed;
}

/** True when `path` names a backup of `file` (inside its backups folder, with our naming). */
export function isBackupPathOf(file: string, path: string): boolean {
  const full = resolve(path);
  const dir = backupDirFor(file);
  if (dirname(full) !== dir || !full.startsWith(dir + sep)) return false;
  return parseName(basename(full))?.vaultName === basename(file);
}

/**
 * Writes a backup named by the local day of `at`. A day's daily or weekly backup replaces one
 * of the same day; a pre-restore backup never replaces anything: the second of a day is `-2`.
 */
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
  const day = localDay(at);
  let name = `${basename(file)}.${day}.${kind}.bak`;
  if (kind === 'pre-restore' || kind === 'pre-import') {
    const taken = new Set(await fs.readdir(dir));
    for (let n = 2; taken.has(name); n++) name = `${basename(file)}.${day}.${kind}-${n}.bak`;
  }
  const path = join(dir, name);
  await writeFileDurably(fs, path, bytes, options);
  return path;
}

/**
 * Makes today's daily backup (and this week's weekly one) from bytes known to be a good vault,
 * if they do not exist yet, then rotates: the newest 7 daily and 4 weekly backups are kept.
 * Pre-restore backups are never rotated.
 */
export async function backUpIfDue(
  fs: VaultFs,
  file: string,
  bytes: Uint8Array,
  now: Date,
  options: DurableWriteOptions = {},
): Promise<void> {
  // Names alone say what is due; statting every backup on each unlock would be wasted work.
  const existing: Array<Ordered & { path: string }> = await backupsByName(fs, file);
  const today = localDay(now);
  const thisWeek = weekOf(today);
  const ofKind = (kind: BackupKind) => existing.filter((b) => b.kind === kind);
  if (!ofKind('daily').some((b) => b.day === today)) await made('daily');
  if (!ofKind('weekly').some((b) => weekOf(b.day) === thisWeek)) await made('weekly');
  for (const [kind, keep] of [
    ['daily', KEEP_DAILY],
    ['weekly', KEEP_WEEKLY],
  ] as const) {
    const sorted = ofKind(kind).sort(newestFirst);
    for (const old of sorted.slice(keep)) await fs.unlink(old.path).catch(() => undefined);
  }

  async function made(kind: BackupKind): Promise<void> {
    const path = await writeBackup(fs, file, bytes, kind, now, options);
    existing.unshift({ path, day: today, kind, order: 1 });
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
