import { DROP, Drops, finish } from './imported';
import type { ImportedEntry, ParsedImport } from './imported';
import { isRecord, refuseShape, strings, text } from './json-text';
import { parseInstant } from './time-zones';

/*
 * Mini Diarium's JSON export: `{ metadata, entries: [{ id, date: "YYYY-MM-DD", title, text,
 * date_created?, date_updated? }] }`. (Its other export, shaped like Mini Diary's, is read as
 * Mini Diary.)
 */

export function looksLikeMiniDiarium(json: unknown): boolean {
  if (!isRecord(json) || !Array.isArray(json.entries)) return false;
  const first: unknown = json.entries[0];
  return isRecord(first) && 'date' in first && 'text' in first && !('body' in first);
}

export function parseMiniDiarium(json: unknown): ParsedImport {
  if (!isRecord(json) || !Array.isArray(json.entries)) refuseShape('Mini Diarium');
  const drops = new Drops();
  const entries: ImportedEntry[] = [];
  for (const item of json.entries as unknown[]) {
    if (!isRecord(item)) {
      drops.add(DROP.unreadable);
      continue;
    }
    const entry: ImportedEntry = {
      date: text(item.date),
      title: text(item.title),
      body: text(item.text),
      tags: strings(item.tags),
    };
    const created = parseInstant(item.date_created ?? item.dateCreated);
    if (created) entry.createdAt = created.toISOString();
    if (typeof item.id === 'string' || typeof item.id === 'number') {
      entry.sourceId = String(item.id);
    }
    entries.push(entry);
  }
  return finish('mini-diarium', entries, drops);
}
