import { parse as parseCsv } from 'csv-parse/sync';
import { ImportError, orRefuse } from './import-error';
import { Drops, finish, isRealDay } from './imported';
import type { ImportedEntry, ParsedImport } from './imported';
import { localInstant } from './time-zones';

/*
 * Daylio's CSV export: `full_date,date,weekday,time,mood,activities,note_title,note`, one row
 * per mood logged; activities (`a | b`) become tags.
 */

/**
 * Daylio's five moods on the app's 1–10 scale: spread evenly with both ends kept
 * (1 + 9·(step − 1)/4 = 1, 3.25, 5.5, 7.75, 10), each to the nearest whole number and the
 * middle down to 5, so "meh" sits at the middle and no mood is lifted.
 */
export const DAYLIO_MOODS: Readonly<Record<string, number>> = {
  awful: 1,
  bad: 3,
  meh: 5,
  good: 8,
  rad: 10,
};

const DROPPED_OWN_MOODS =
  'moods given names of their own in Daylio (those entries come in without a mood)';

export function looksLikeDaylio(source: string): boolean {
  const header = source.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return /^"?full_date"?,/.test(header) && header.includes('mood');
}

interface Row {
  full_date?: string;
  time?: string;
  mood?: string;
  activities?: string;
  note_title?: string;
  note?: string;
}

export function parseDaylio(source: string): ParsedImport {
  const rows = orRefuse(
    () =>
      parseCsv(source, {
        bom: true,
        columns: true,
        skip_empty_lines: true,
        relax_column_count: true,
        relax_quotes: true,
      }) as Row[],
    'This CSV file could not be read: it may be damaged or cut short. Export it from Daylio again and import the new file.',
  );
  if (rows.length > 0 && !('full_date' in rows[0]! && 'mood' in rows[0]!)) {
    throw new ImportError(
      'This CSV file is not a Daylio export: its first line should name the columns full_date, date, weekday, time, mood, activities, note.',
    );
  }
  const drops = new Drops();
  const entries: ImportedEntry[] = [];
  for (const row of rows) {
    const date = (row.full_date ?? '').trim();
    const moodName = (row.mood ?? '').trim().toLowerCase();
    const entry: ImportedEntry = {
      date,
      title: row.note_title ?? '',
      body: noteText(row.note ?? ''),
      tags: (row.activities ?? '').split('|').map((a) => a.trim()),
    };
    if (Object.hasOwn(DAYLIO_MOODS, moodName)) entry.mood = DAYLIO_MOODS[moodName];
    else if (moodName) drops.add(DROPPED_OWN_MOODS);
    const at = isRealDay(date) ? localInstant(date, row.time) : undefined;
    if (at) entry.createdAt = at.toISOString();
    entries.push(entry);
  }
  return finish('daylio', entries, drops);
}

/** Daylio writes line breaks in notes as `<br>`; nothing else in a note is taken as HTML. */
function noteText(note: string): string {
  return note.replace(/<br\s*\/?>/gi, '\n');
}
