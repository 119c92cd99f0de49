import { DROP, Drops, finish } from './imported';
import type { ImportedEntry, ParsedImport } from './imported';
import { isRecord, refuseShape, text } from './json-text';

/*
 * Mini Diary's JSON export: `{ metadata: { application: "Mini Diary", version, dateUpdated },
 * entries: { "YYYY-MM-DD": { dateUpdated, title, text } } }`, one entry per day, text in Markdown.
 */

export function looksLikeMiniDiary(json: unknown): boolean {
  return isRecord(json) && isRecord(json.entries) && isRecord(json.metadata);
}

export function parseMiniDiary(json: unknown): ParsedImport {
  if (!isRecord(json) || !isRecord(json.entries)) refuseShape('Mini Diary');
  const drops = new Drops();
  const entries: ImportedEntry[] = [];
  for (const [date, item] of Object.entries(json.entries)) {
    if (!isRecord(item)) {
      drops.add(DROP.unreadable);
      continue;
    }
    entries.push({ date, title: text(item.title), body: text(item.text), tags: [] });
  }
  return finish('mini-diary', entries, drops);
}
