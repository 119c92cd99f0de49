import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile, parseSource } from '../../../electron/services/import/detect';
import { ImportError } from '../../../electron/services/import/import-error';
import type { ParsedImport } from '../../../electron/services/import/imported';
import { isRealDay } from '../../../electron/services/import/imported';
import { readZip } from '../../../electron/services/import/zip';
import { makeZip } from '../../support/zip';
import {
  DAYLIO_HEADER,
  dayOneJson,
  daylioRow,
  jrnlJson,
  miniDiariumJson,
  miniDiaryJson,
} from './fixtures';

// The issue asks for at least 1,000 runs per parser in CI; a quicker pass locally.
const numRuns = process.env.CI ? 1_000 : 150;

/** Either a whole, valid result or an ImportError: never another exception, never half a result. */
function wholeOrRefused(parse: () => ParsedImport): void {
  let parsed: ParsedImport;
  try {
    parsed = parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return;
  }
  for (const entry of parsed.entries) {
    expect(isRealDay(entry.date)).toBe(true);
    expect(entry.title.length).toBeLessThanOrEqual(1_000);
    expect(entry.body.length).toBeLessThanOrEqual(1_000_000);
    expect(entry.tags.length).toBeLessThanOrEqual(100);
    for (const tag of entry.tags) expect(tag.length).toBeGreaterThan(0);
    if (entry.mood !== undefined)
      expect(Number.isInteger(entry.mood) && entry.mood >= 1 && entry.mood <= 10).toBe(true);
  }
  for (const note of parsed.dropped) expect(note.count).toBeGreaterThan(0);
}

const parse = (path: string, text: string) => () =>
  parseFile({ path, bytes: Buffer.from(text, 'utf8'), modifiedAt: new Date(2024, 0, 1) });

/** A valid export, then cut, spliced or sprinkled with other characters. */
const damaged = (valid: string) =>
  fc.oneof(
    fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
    fc
      .tuple(
        fc.nat({ max: valid.length }),
        fc.nat({ max: valid.length }),
        fc.string({ maxLength: 8 }),
      )
      .map(([a, b, s]) => valid.slice(0, Math.min(a, b)) + s + valid.slice(Math.max(a, b))),
    fc.constant(valid),
  );

const anyField = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.jsonValue({ maxDepth: 2 }),
);
const day = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
);

describe('every parser, fed anything, returns all or refuses', () => {
  it('Day One', () => {
    const valid = fc
      .array(
        fc.record({
          uuid: fc.string(),
          creationDate: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            fc.string(),
          ),
          timeZone: fc.oneof(
            fc.constantFrom('Asia/Bangkok', 'Europe/Paris', 'Nowhere/Else'),
            fc.string(),
          ),
          text: fc.string({ maxLength: 200 }),
          tags: fc.array(fc.string({ maxLength: 70 }), { maxLength: 5 }),
          starred: fc.boolean(),
        }),
        { maxLength: 5 },
      )
      .map(dayOneJson);
    fc.assert(
      fc.property(valid.chain(damaged), (text) => wholeOrRefused(parse('Journal.json', text))),
      { numRuns },
    );
  });

  it('jrnl JSON', () => {
    const valid = fc
      .array(
        fc.record({
          title: fc.string(),
          body: fc.string(),
          date: day,
          time: fc.string({ maxLength: 8 }),
          tags: fc.array(fc.string()),
          starred: fc.boolean(),
        }),
        { maxLength: 5 },
      )
      .map(jrnlJson);
    fc.assert(
      fc.property(valid.chain(damaged), (text) => wholeOrRefused(parse('j.json', text))),
      { numRuns },
    );
  });

  it('jrnl plain text', () => {
    const line = fc.oneof(
      fc
        .tuple(day, fc.string({ maxLength: 8 }), fc.string())
        .map(([d, t, s]) => `[${d} ${t}] ${s}`),
      fc.tuple(day, fc.string()).map(([d, s]) => `[${d} 10:00] ${s}`),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) =>
        wholeOrRefused(parse('j.txt', lines.join('\n'))),
      ),
      { numRuns },
    );
  });

  it('Mini Diary', () => {
    const valid = fc
      .dictionary(day, fc.record({ title: fc.string(), text: fc.string() }), { maxKeys: 5 })
      .map(miniDiaryJson);
    fc.assert(
      fc.property(valid.chain(damaged), (text) => wholeOrRefused(parse('m.json', text))),
      { numRuns },
    );
  });

  it('Mini Diarium', () => {
    const valid = fc
      .array(fc.record({ id: fc.integer(), date: day, title: fc.string(), text: fc.string() }), {
        maxLength: 5,
      })
      .map(miniDiariumJson);
    fc.assert(
      fc.property(valid.chain(damaged), (text) => wholeOrRefused(parse('m.json', text))),
      { numRuns },
    );
  });

  it('JSON of any shape', () => {
    const shaped = fc.record({
      metadata: anyField,
      entries: fc.oneof(fc.array(fc.dictionary(fc.string(), anyField)), anyField),
    });
    fc.assert(
      fc.property(fc.oneof(shaped, fc.jsonValue()), (json) =>
        wholeOrRefused(parse('x.json', JSON.stringify(json))),
      ),
      { numRuns },
    );
  });

  it('Markdown', () => {
    const front = fc.oneof(
      fc.record({ date: anyField, title: anyField, tags: anyField, mood: anyField }).map(
        (m) =>
          `---\n${Object.entries(m)
            .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
            .join('\n')}\n---\n`,
      ),
      fc.string().map((s) => `---\n${s}\n---\n`),
      fc.constant(''),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), front, fc.string(), (name, head, body) =>
        wholeOrRefused(parse(`${name}.md`, head + body)),
      ),
      { numRuns },
    );
  });

  it('Daylio', () => {
    const row = fc
      .record({
        day,
        time: fc.string({ maxLength: 8 }),
        mood: fc.oneof(
          fc.constantFrom('rad', 'good', 'meh', 'bad', 'awful', 'constructor', '__proto__'),
          fc.string(),
        ),
        activities: fc.array(fc.string({ maxLength: 70 }), { maxLength: 4 }),
        title: fc.string(),
        note: fc.string(),
      })
      .map(daylioRow);
    const valid = fc
      .array(row, { maxLength: 5 })
      .map((rows) => [DAYLIO_HEADER, ...rows].join('\n'));
    fc.assert(
      fc.property(valid.chain(damaged), (text) => wholeOrRefused(parse('d.csv', text))),
      { numRuns },
    );
  });

  it('any bytes, under any name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a.json', 'a.csv', 'a.md', 'a.txt', 'a'),
        fc.uint8Array({ maxLength: 200 }),
        (path, bytes) => wholeOrRefused(() => parseFile({ path, bytes })),
      ),
      { numRuns },
    );
  });

  it('zips, whole or damaged', async () => {
    const zip = fc
      .array(
        fc.record({
          name: fc.constantFrom('Journal.json', 'a.md', 'b/c.md', 'pic.jpg'),
          data: fc.string(),
        }),
        {
          maxLength: 4,
        },
      )
      .map((items) => makeZip(items).toString('latin1'));
    await fc.assert(
      fc.asyncProperty(zip.chain(damaged), async (latin1) => {
        const bytes = Buffer.from(latin1, 'latin1');
        try {
          const { files, others } = await readZip(bytes, (p) => /\.(json|md)$/.test(p));
          wholeOrRefused(() => parseSource({ name: 'x.zip', single: false, files, others }));
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: Math.ceil(numRuns / 2) },
    );
  });
});
