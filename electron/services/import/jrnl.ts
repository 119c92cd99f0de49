import { DROP, Drops, finish, isRealDay, unixLines } from './imported';
import type { ImportedEntry, ParsedImport } from './imported';
import { isRecord, refuseShape, strings, text } from './json-text';
import { localInstant } from './time-zones';

/*
 * jrnl (jrnl.sh): its JSON export `{ tags: {"@tag": n}, entries: [{ title, body, date, time,
 * tags: ["@tag"], starred }] }`, and its plain-text journal, where each entry starts with
 * `[YYYY-MM-DD HH:MM] ` and its title is the first sentence. Tags lose jrnl's `@`.
 */

export function looksLikeJrnlJson(json: unknown): boolean {
  if (!isRecord(json) || !Array.isArray(json.entries)) return false;
  const first: unknown = json.entries[0];
  return isRecord(first) && 'body' in first && 'date' in first && 'time' in first;
}

export function parseJrnlJson(json: unknown): ParsedImport {
  if (!isRecord(json) || !Array.isArray(json.entries)) refuseShape('jrnl');
  const drops = new Drops();
  const entries: ImportedEntry[] = [];
  for (const item of json.entries as unknown[]) {
    if (!isRecord(item)) {
      drops.add(DROP.unreadable);
      continue;
    }
    const date = text(item.date);
    const tags = strings(item.tags).map(withoutAt);
    if (item.starred === true) tags.push('starred');
    const entry: ImportedEntry = { date, title: text(item.title), body: text(item.body), tags };
    const at = isRealDay(date) ? localInstant(date, text(item.time)) : undefined;
    if (at) entry.createdAt = at.toISOString();
    entries.push(entry);
  }
  return finish('jrnl-json', entries, drops);
}

const withoutAt = (tag: string) => tag.replace(/^@/, '');

// `[2024-01-31 21:05]`, with optional seconds and AM/PM, at the start of a line.
const HEADER = /^\[(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)\] ?/;
const INLINE_TAG = /(?:^|\s)@([\p{L}\p{N}_-]+)/gu;

/** True when the text begins (after blank lines) with a jrnl entry header. */
export function looksLikeJrnlText(source: string): boolean {
  return HEADER.test(source.replace(/^\uFEFF?\s*/, ''));
}

export function parseJrnlText(source: string): ParsedImport {
  const lines = unixLines(source)
    .replace(/^\uFEFF/, '')
    .split('\n');
  const drops = new Drops();
  const entries: ImportedEntry[] = [];
  let current: { date: string; time: string; lines: string[] } | undefined;
  const close = () => {
    if (current) entries.push(jrnlEntry(current.date, current.time, current.lines.join('\n')));
  };
  for (const line of lines) {
    const m = HEADER.exec(line);
    if (m) {
      close();
      current = { date: m[1]!, time: m[2]!, lines: [line.slice(m[0].length)] };
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim()) {
      drops.add('lines before the first dated entry');
    }
  }
  close();
  if (entries.length === 0 && drops.list().length > 0) {
    refuseShape('jrnl');
  }
  return finish('jrnl-text', entries, drops);
}

/** jrnl's own split: the title runs to the first `.`, `?` or `!` followed by a space, or the line's end. */
function jrnlEntry(date: string, time: string, raw: string): ImportedEntry {
  const firstLineEnd = raw.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? raw : raw.slice(0, firstLineEnd);
  const sentence = /^(.*?[.?!])(?:\s|$)/.exec(firstLine);
  const titleEnd = sentence ? sentence[1]!.length : firstLine.length;
  const title = raw.slice(0, titleEnd).trim();
  const body = raw.slice(titleEnd).replace(/^[ \t]+/, '');
  const tags = [...`${title} ${body}`.matchAll(INLINE_TAG)].map((m) => m[1]!);
  const entry: ImportedEntry = { date, title, body, tags };
  const at = isRealDay(date) ? localInstant(date, time) : undefined;
  if (at) entry.createdAt = at.toISOString();
  return entry;
}
