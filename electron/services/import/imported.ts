import { normalizeTag, tagKey } from '../../../shared/domain';
import { isTimestamp } from '../../../shared/domain/rules';
import { BODY_MAX, TAGS_PER_ENTRY_MAX, TAG_MAX, TITLE_MAX } from '../../../shared/entries/limits';
import type { ShareLevel } from '../../../shared/domain';
import type { DropNote, ImportFormat } from '../../../shared/import/import-contract';

/** One entry as a parser read it, before it is checked against what the journal can hold. */
export interface ImportedEntry {
  /** The local day it belongs to, `YYYY-MM-DD`. */
  date: string;
  /** When it was written, as an ISO instant, if the file says. */
  createdAt?: string;
  title: string;
  /** Markdown. */
  body: string;
  tags: string[];
  /** 1–10. */
  mood?: number;
  /** The file's own id for the entry, if it has one. */
  sourceId?: string;
  /** Only our own exports say: kept on import instead of the level chosen in the preview. */
  shareLevel?: ShareLevel;
}

/** A whole file, parsed: every entry that can come in, and what cannot and why. */
export interface ParsedImport {
  format: ImportFormat;
  entries: ImportedEntry[];
  dropped: DropNote[];
}

/** Counts what a parser leaves out, by reason, in the order the reasons first occur. */
export class Drops {
  private readonly counts = new Map<string, number>();

  add(reason: string, count = 1): void {
    if (count > 0) this.counts.set(reason, (this.counts.get(reason) ?? 0) + count);
  }

  list(): DropNote[] {
    return [...this.counts].map(([reason, count]) => ({ reason, count }));
  }
}

export const DROP = {
  noDate: 'entries without a date that could be read',
  empty: 'empty entries (no title, text or mood)',
  tooLong: 'entries longer than the app holds (1,000,000 characters)',
  unreadable: 'entries in a shape that could not be read',
  longTag: 'tags longer than 64 characters',
  manyTags: 'tags beyond 100 on one entry',
  badMood: 'moods that are not a whole number from 1 to 10',
} as const;

const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a `YYYY-MM-DD` that names a real calendar day (no 30 February). */
export function isRealDay(day: string): boolean {
  const m = LOCAL_DAY.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** One line ending for every file, whatever machine wrote it. */
export function unixLines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * The rules every format shares: a real day, text within the app's limits (a title too long
 * moves into the body, so no word is lost), tags trimmed and capped, a mood of 1–10. What does
 * not fit is counted in `drops`.
 */
export function finish(
  format: ImportFormat,
  raw: readonly ImportedEntry[],
  drops: Drops,
): ParsedImport {
  const entries: ImportedEntry[] = [];
  for (const entry of raw) {
    if (!isRealDay(entry.date)) {
      drops.add(DROP.noDate);
      continue;
    }
    let title = entry.title.trim();
    let body = unixLines(entry.body).replace(/^\n+/, '').trimEnd();
    if (title.length > TITLE_MAX || title.includes('\n')) {
      body = body ? `${title}\n\n${body}` : title;
      title = '';
    }
    if (body.length > BODY_MAX) {
      drops.add(DROP.tooLong);
      continue;
    }
    const tags: string[] = [];
    const seen = new Set<string>();
    for (const raw of entry.tags) {
      const tag = normalizeTag(raw);
      if (!tag || seen.has(tagKey(tag))) continue;
      if (tag.length > TAG_MAX) drops.add(DROP.longTag);
      else if (tags.length >= TAGS_PER_ENTRY_MAX) drops.add(DROP.manyTags);
      else {
        seen.add(tagKey(tag));
        tags.push(tag);
      }
    }
    let mood = entry.mood;
    if (mood !== undefined && !(Number.isInteger(mood) && mood >= 1 && mood <= 10)) {
      drops.add(DROP.badMood);
      mood = undefined;
    }
    if (!title && !body && mood === undefined && tags.length === 0) {
      drops.add(DROP.empty);
      continue;
    }
    const done: ImportedEntry = { date: entry.date, title, body, tags };
    if (entry.createdAt !== undefined && isTimestamp(entry.createdAt))
      done.createdAt = entry.createdAt;
    if (mood !== undefined) done.mood = mood;
    if (entry.sourceId !== undefined) done.sourceId = entry.sourceId;
    if (entry.shareLevel !== undefined) done.shareLevel = entry.shareLevel;
    entries.push(done);
  }
  return { format, entries, dropped: drops.list() };
}
