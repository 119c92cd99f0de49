import { emptyDocument } from '../../shared/domain';
import type { Entry, JournalDocument } from '../../shared/domain';

const WORDS =
  'today I noticed that when my manager raised her voice I went quiet again and only later felt the anger settle in my chest like it used to at home we talked about this pattern last week'.split(
    ' ',
  );

/** Deterministic pseudo-random text so every run measures the same bytes. */
function makeText(seed: number, bytes: number): string {
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  let length = 0;
  while (length < bytes) {
    x = (x * 1103515245 + 12345) >>> 0;
    const word = WORDS[x % WORDS.length] ?? 'word';
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

/** A journal of `count` entries of about `entryBytes` bytes each (body plus metadata). */
export function syntheticDocument(count = 10_000, entryBytes = 2_048): JournalDocument {
  const doc = emptyDocument();
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < count; i++) {
    const created = new Date(start + i * 3_600_000 * 7).toISOString();
    const entry: Entry = {
      id: `entry-${i.toString(36).padStart(8, '0')}-${(i * 7919).toString(16)}`,
      date: created.slice(0, 10),
      createdAt: created,
      updatedAt: created,
      title: makeText(i + 1, 40),
      body: makeText(i + 100_000, entryBytes - 300),
      mood: (i % 10) + 1,
      tags: ['work', 'family', 'sleep'].slice(0, (i % 3) + 1),
      shareLevel: i % 3 === 0 ? 'private' : i % 3 === 1 ? 'summary' : 'full',
    };
    doc.entries.push(entry);
  }
  return doc;
}
