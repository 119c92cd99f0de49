/*
 * Export files in the exact shapes other journals write, built here so every field is visible
 * in the test that relies on it.
 */

export interface DayOneEntry {
  uuid: string;
  creationDate: string;
  modifiedDate?: string;
  timeZone?: string;
  text: string;
  tags?: string[];
  starred?: boolean;
  photos?: Array<{ identifier: string; type: string; md5: string; orderInEntry: number }>;
  location?: { localityName: string; country: string; latitude: number; longitude: number };
}

export function dayOneJson(entries: DayOneEntry[]): string {
  return JSON.stringify({ metadata: { version: '1.0' }, entries }, null, 2);
}

export function jrnlJson(
  entries: Array<{
    title: string;
    body: string;
    date: string;
    time: string;
    tags: string[];
    starred: boolean;
  }>,
): string {
  const tags: Record<string, number> = {};
  for (const entry of entries) for (const tag of entry.tags) tags[tag] = (tags[tag] ?? 0) + 1;
  return JSON.stringify({ tags, entries }, null, 4);
}

export function miniDiaryJson(entries: Record<string, { title: string; text: string }>): string {
  const withDates = Object.fromEntries(
    Object.entries(entries).map(([day, e]) => [day, { dateUpdated: `${day}T20:00:00.000Z`, ...e }]),
  );
  return JSON.stringify(
    {
      metadata: {
        application: 'Mini Diary',
        version: '3.3.0',
        dateUpdated: '2024-03-01T10:00:00.000Z',
      },
      entries: withDates,
    },
    null,
    2,
  );
}

export function miniDiariumJson(
  entries: Array<{ id: number; date: string; title: string; text: string }>,
): string {
  return JSON.stringify(
    {
      metadata: {
        application: 'Mini Diarium',
        version: '0.4.0',
        exportedAt: '2025-01-02T10:00:00Z',
      },
      entries: entries.map((e) => ({ ...e, dateUpdated: `${e.date}T21:00:00Z` })),
    },
    null,
    2,
  );
}

export const DAYLIO_HEADER = 'full_date,date,weekday,time,mood,activities,note_title,note';

/** A Daylio CSV row; fields are quoted as Daylio quotes them. */
export function daylioRow(r: {
  day: string;
  time: string;
  mood: string;
  activities: string[];
  title?: string;
  note?: string;
}): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const [y, m, d] = r.day.split('-');
  const label = new Date(Number(y), Number(m) - 1, Number(d)).toLocaleDateString('en-US', {
    month: 'long',
    day: 'numeric',
  });
  const weekday = new Date(Number(y), Number(m) - 1, Number(d)).toLocaleDateString('en-US', {
    weekday: 'long',
  });
  return [
    r.day,
    quote(label),
    weekday,
    r.time,
    r.mood,
    quote(r.activities.join(' | ')),
    quote(r.title ?? ''),
    quote(r.note ?? ''),
  ].join(',');
}
