import { Drops, finish } from './imported';
import type { ImportedEntry, ParsedImport } from './imported';
import { isRecord, refuseShape, strings, text } from './json-text';
import { dayIn, parseInstant } from './time-zones';

/*
 * Day One's JSON export: `{ metadata, entries: [{ uuid, creationDate, modifiedDate, timeZone,
 * text, tags, starred, photos, location, weather … }] }`, alone or as `Journal.json` in a zip.
 */

export const PHOTO_NOTE = '[photo not imported]';
// `![](dayone-moment://ID)`, and Day One's other moment kinds (video, audio, pdf) alike.
const MOMENT = /!\[[^\]\n]*\]\(dayone-moment:\/(?:\/[\w-]*)+\)/g;
const BARE_MOMENT = /dayone-moment:\/(?:\/[\w-]*)+/g;

const DROPPED_PHOTOS = `photos and other attachments (each is marked "${PHOTO_NOTE}" in its entry)`;
const DROPPED_DETAILS = 'places, weather and other details Day One adds to entries';

/** True for a JSON value shaped like a Day One export. */
export function looksLikeDayOne(json: unknown): boolean {
  if (!isRecord(json) || !Array.isArray(json.entries)) return false;
  const first: unknown = json.entries[0];
  return isRecord(first) && 'creationDate' in first && ('uuid' in first || 'text' in first);
}

export function parseDayOne(json: unknown): ParsedImport {
  if (!isRecord(json) || !Array.isArray(json.entries)) refuseShape('Day One');
  const drops = new Drops();
  const entries: ImportedEntry[] = [];
  for (const item of json.entries as unknown[]) {
    if (!isRecord(item)) {
      drops.add('entries in a shape that could not be read');
      continue;
    }
    const at = parseInstant(item.creationDate);
    if (!at) {
      drops.add('entries without a date that could be read');
      continue;
    }
    let body = text(item.text);
    const photos = body.match(MOMENT)?.length ?? 0;
    body = body.replace(MOMENT, PHOTO_NOTE);
    const bare = body.match(BARE_MOMENT)?.length ?? 0;
    body = body.replace(BARE_MOMENT, PHOTO_NOTE);
    drops.add(DROPPED_PHOTOS, photos + bare);
    if (item.location !== undefined || item.weather !== undefined) drops.add(DROPPED_DETAILS);
    const { title, rest } = leadingHeading(body);
    const tags = strings(item.tags);
    if (item.starred === true) tags.push('starred');
    const entry: ImportedEntry = {
      date: dayIn(at, typeof item.timeZone === 'string' ? item.timeZone : undefined),
      createdAt: at.toISOString(),
      title,
      body: rest,
      tags,
    };
    if (typeof item.uuid === 'string') entry.sourceId = item.uuid;
    entries.push(entry);
  }
  return finish('day-one', entries, drops);
}

/** A first line `# Heading` is the title; otherwise the entry has none. */
function leadingHeading(body: string): { title: string; rest: string } {
  const m = /^\s*# +([^\n]*?)[ #]*(?:\n|$)/.exec(body);
  if (!m || !m[1]) return { title: '', rest: body };
  return { title: m[1].trim(), rest: body.slice(m[0].length) };
}
