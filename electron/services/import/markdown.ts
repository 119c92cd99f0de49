import { parseDocument } from 'yaml';
import { shareLevelSchema } from '../../../shared/domain/records';
import { INSIGHTS_MARKER } from '../../../shared/export/markdown-format';
import { DROP, Drops, finish, isRealDay, unixLines } from './imported';
import type { ImportedEntry, ParsedImport } from './imported';
import { isRecord } from './json-text';
import { localDayOf } from './time-zones';

/** A text file read from a folder or a zip. */
export interface TextFile {
  /** Its path inside the folder or zip, `/`-separated. */
  path: string;
  text: string;
  modifiedAt?: Date;
}

/*
 * A folder or zip of Markdown files, one entry each. YAML front matter may give `date`, `title`,
 * `tags` and `mood`; a daily note named `YYYY-MM-DD.md` (Obsidian's habit) gives its day;
 * otherwise the file's name is the title and its modification day the date.
 */

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const DAILY_NOTE = /^(\d{4}-\d{2}-\d{2})$/;
const DROPPED_FRONT_MATTER = 'front matter that could not be read (the text came in as it was)';

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

export function parseMarkdown(files: readonly TextFile[]): ParsedImport {
  const drops = new Drops();
  const entries: ImportedEntry[] = [];
  for (const file of files) entries.push(markdownEntry(file, drops));
  return finish('markdown', entries, drops);
}

function markdownEntry(file: TextFile, drops: Drops): ImportedEntry {
  const source = unixLines(file.text).replace(/^\uFEFF/, '');
  const name = (file.path.split('/').pop() ?? '').replace(/\.(md|markdown)$/i, '');
  let meta: Record<string, unknown> = {};
  let body = source;
  const m = FRONT_MATTER.exec(source);
  if (m) {
    const read = readFrontMatter(m[1]!);
    if (read) {
      meta = read;
      body = source.slice(m[0].length);
    } else drops.add(DROPPED_FRONT_MATTER);
  }
  const daily = DAILY_NOTE.exec(name)?.[1];
  const date =
    dayOf(meta.date) ??
    (daily && isRealDay(daily) ? daily : undefined) ??
    (file.modifiedAt ? localDayOf(file.modifiedAt) : '');
  const title =
    typeof meta.title === 'string' || typeof meta.title === 'number'
      ? String(meta.title)
      : daily
        ? ''
        : name;
  const entry: ImportedEntry = {
    date,
    title,
    body: withoutListedInsights(body),
    tags: tagsOf(meta.tags),
  };
  const level = shareLevelSchema.safeParse(meta.shareLevel);
  if (level.success) entry.shareLevel = level.data;
  if (meta.mood !== undefined && meta.mood !== null) {
    const mood = typeof meta.mood === 'string' ? Number(meta.mood) : meta.mood;
    if (typeof mood === 'number') entry.mood = mood;
    else drops.add(DROP.badMood);
  }
  return entry;
}

/**
 * Our own export lists an entry's insights after its text, below a marker; they are a summary
 * for a reader, not part of what was written, so the body ends at the last marker.
 */
function withoutListedInsights(body: string): string {
  const at = body.lastIndexOf(`\n${INSIGHTS_MARKER}\n`);
  return at === -1 ? body : body.slice(0, at);
}

/** Front matter as a mapping, or null when it is not YAML or not a mapping. */
function readFrontMatter(yaml: string): Record<string, unknown> | null {
  try {
    // The core schema makes no objects of its own (no dates, no custom tags); aliases are capped.
    const doc = parseDocument(yaml, { schema: 'core', logLevel: 'silent' });
    if (doc.errors.length > 0) return null;
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/** `2024-03-05`, or the day of `2024-03-05T21:00` / `2024-03-05 21:00`, as written. */
function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const day = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim())?.[1];
  return day && isRealDay(day) ? day : undefined;
}

/** A YAML list, or one string of tags separated by commas or spaces; Obsidian's `#` dropped. */
function tagsOf(value: unknown): string[] {
  const list = Array.isArray(value)
    ? value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String)
    : typeof value === 'string'
      ? value.split(value.includes(',') ? ',' : /\s+/)
      : [];
  return list.map((tag) => tag.trim().replace(/^#/, '')).filter(Boolean);
}
