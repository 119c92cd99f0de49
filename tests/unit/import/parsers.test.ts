import { describe, expect, it } from 'vitest';
import { parseFile, parseSource } from '../../../electron/services/import/detect';
import { ImportError } from '../../../electron/services/import/import-error';
import type { ParsedImport } from '../../../electron/services/import/imported';
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

const file = (path: string, text: string, modifiedAt?: Date) =>
  parseFile({ path, bytes: Buffer.from(text, 'utf8'), ...(modifiedAt ? { modifiedAt } : {}) });

const days = (parsed: ParsedImport) => parsed.entries.map((e) => e.date);

describe('Day One', () => {
  const exported = dayOneJson([
    {
      uuid: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
      creationDate: '2024-03-09T16:30:00Z', // 23:30 in Bangkok (UTC+7)
      modifiedDate: '2024-03-09T16:45:00Z',
      timeZone: 'Asia/Bangkok',
      text: '# Late walk\n\nThe river at night.\n\n![](dayone-moment://0F1E2D3C4B5A69788796A5B4C3D2E1F0)\n\nCalmer after.',
      tags: ['walks', 'evening'],
      starred: true,
      photos: [
        {
          identifier: '0F1E2D3C4B5A69788796A5B4C3D2E1F0',
          type: 'jpeg',
          md5: 'abc',
          orderInEntry: 0,
        },
      ],
      location: { localityName: 'Bangkok', country: 'Thailand', latitude: 13.7, longitude: 100.5 },
    },
    {
      uuid: 'B1B2C3D4E5F60718293A4B5C6D7E8F90',
      creationDate: '2024-03-10T01:00:00Z', // 20:00 on the 9th in New York (UTC-5)
      timeZone: 'America/New_York',
      text: 'No heading here, just words.',
    },
  ]);

  it('puts an entry on the day of its own time zone, not the UTC day', () => {
    const parsed = file('Journal.json', exported);
    expect(parsed.format).toBe('day-one');
    expect(days(parsed)).toEqual(['2024-03-09', '2024-03-09']);
    expect(parsed.entries[0]!.createdAt).toBe('2024-03-09T16:30:00.000Z');
  });

  it('takes a leading # heading as the title, marks photos, keeps tags and the star', () => {
    const [walk, plain] = file('Journal.json', exported).entries;
    expect(walk).toMatchObject({
      title: 'Late walk',
      body: 'The river at night.\n\n[photo not imported]\n\nCalmer after.',
      tags: ['walks', 'evening', 'starred'],
      sourceId: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
    });
    expect(plain).toMatchObject({ title: '', body: 'No heading here, just words.', tags: [] });
  });

  it('says what is dropped: the photo and the place', () => {
    expect(file('Journal.json', exported).dropped).toEqual([
      { reason: expect.stringContaining('photos') as string, count: 1 },
      { reason: expect.stringContaining('places, weather') as string, count: 1 },
    ]);
  });

  it('reads the zip Day One exports (Journal.json beside a photos folder)', async () => {
    const zip = makeZip([
      { name: 'Journal.json', data: exported },
      { name: 'photos/0F1E2D3C4B5A69788796A5B4C3D2E1F0.jpeg', data: Buffer.alloc(100, 7) },
    ]);
    const { files, others } = await readZip(zip, (p) => /\.json$/.test(p));
    expect(others).toBe(1);
    const parsed = parseSource({ name: 'export.zip', single: false, files, others });
    expect(parsed.format).toBe('day-one');
    expect(parsed.entries).toHaveLength(2);
  });
});

describe('jrnl', () => {
  it('reads the JSON export, tags without their @', () => {
    const parsed = file(
      'journal.json',
      jrnlJson([
        {
          title: 'Saw Dr. K today.',
          body: 'We talked about @work.',
          date: '2024-02-01',
          time: '18:05',
          tags: ['@work'],
          starred: false,
        },
      ]),
    );
    expect(parsed.format).toBe('jrnl-json');
    expect(parsed.entries).toEqual([
      {
        date: '2024-02-01',
        createdAt: new Date(2024, 1, 1, 18, 5).toISOString(),
        title: 'Saw Dr. K today.',
        body: 'We talked about @work.',
        tags: ['work'],
      },
    ]);
  });

  it('reads the plain-text journal: the title is the first sentence', () => {
    const text = [
      '[2024-02-01 09:15] Slept badly. Woke at four and could not settle.',
      'Tried the breathing @coping exercise.',
      '',
      '[2024-02-02 21:40] Better day',
      'Walked with @anna.',
      '',
    ].join('\n');
    const parsed = file('journal.txt', text);
    expect(parsed.format).toBe('jrnl-text');
    expect(
      parsed.entries.map(({ date, title, body, tags }) => ({ date, title, body, tags })),
    ).toEqual([
      {
        date: '2024-02-01',
        title: 'Slept badly.',
        body: 'Woke at four and could not settle.\nTried the breathing @coping exercise.',
        tags: ['coping'],
      },
      { date: '2024-02-02', title: 'Better day', body: 'Walked with @anna.', tags: ['anna'] },
    ]);
    expect(parsed.entries[1]!.createdAt).toBe(new Date(2024, 1, 2, 21, 40).toISOString());
  });
});

describe('Mini Diary and Mini Diarium', () => {
  it('reads Mini Diary entries keyed by day', () => {
    const parsed = file(
      'mini-diary.json',
      miniDiaryJson({
        '2023-12-24': { title: 'Eve', text: 'Quiet *evening*.' },
        '2023-12-25': { title: '', text: 'Family.' },
      }),
    );
    expect(parsed.format).toBe('mini-diary');
    expect(parsed.entries).toEqual([
      { date: '2023-12-24', title: 'Eve', body: 'Quiet *evening*.', tags: [] },
      { date: '2023-12-25', title: '', body: 'Family.', tags: [] },
    ]);
  });

  it('reads Mini Diarium entries from its list', () => {
    const parsed = file(
      'export.json',
      miniDiariumJson([{ id: 7, date: '2025-01-01', title: 'New year', text: 'Plans, gently.' }]),
    );
    expect(parsed.format).toBe('mini-diarium');
    expect(parsed.entries).toEqual([
      { date: '2025-01-01', title: 'New year', body: 'Plans, gently.', tags: [], sourceId: '7' },
    ]);
  });

  it('drops a day that does not exist and says so', () => {
    const parsed = file('x.json', miniDiaryJson({ '2023-02-30': { title: 'x', text: 'y' } }));
    expect(parsed.entries).toEqual([]);
    expect(parsed.dropped).toEqual([
      { reason: expect.stringContaining('date') as string, count: 1 },
    ]);
  });
});

describe('Markdown', () => {
  it('reads front matter: date, title, tags, mood', () => {
    const parsed = file(
      'notes/anything.md',
      '---\ndate: 2024-04-02 08:30\ntitle: Morning pages\ntags: [sleep, "#mornings"]\nmood: 6\n---\nSlow start.\n',
    );
    expect(parsed.entries).toEqual([
      {
        date: '2024-04-02',
        title: 'Morning pages',
        body: 'Slow start.',
        tags: ['sleep', 'mornings'],
        mood: 6,
      },
    ]);
  });

  it('takes the day from an Obsidian daily-note name, else the name and the modification day', () => {
    const modified = new Date(2024, 5, 3, 12);
    expect(file('2024-04-05.md', 'Daily note.', modified).entries[0]).toMatchObject({
      date: '2024-04-05',
      title: '',
    });
    expect(file('A hard talk.md', 'With my sister.', modified).entries[0]).toMatchObject({
      date: '2024-06-03',
      title: 'A hard talk',
      body: 'With my sister.',
    });
  });

  it('keeps the text of a file whose front matter is not YAML, and says so', () => {
    const parsed = file('2024-04-05.md', '---\ntitle: [unclosed\n---\nBody');
    expect(parsed.entries[0]!.body).toBe('---\ntitle: [unclosed\n---\nBody');
    expect(parsed.dropped[0]!.reason).toContain('front matter');
  });

  it('reads a zip of Markdown files and counts the pictures left out', async () => {
    const zip = makeZip([
      { name: 'vault/2024-01-01.md', data: 'One.' },
      { name: 'vault/2024-01-02.md', data: 'Two.' },
      { name: 'vault/attachments/pic.png', data: Buffer.alloc(10) },
    ]);
    const { files, others } = await readZip(zip, (p) => /\.md$/.test(p));
    const parsed = parseSource({ name: 'vault.zip', single: false, files, others });
    expect(days(parsed)).toEqual(['2024-01-01', '2024-01-02']);
    expect(parsed.dropped).toEqual([
      { reason: expect.stringContaining('pictures') as string, count: 1 },
    ]);
  });
});

describe('Daylio', () => {
  const csv = [
    DAYLIO_HEADER,
    daylioRow({
      day: '2024-05-02',
      time: '9:10 pm',
      mood: 'rad',
      activities: ['friends', 'walk'],
      title: 'Picnic',
      note: 'Sun.<br>Then rain.',
    }),
    daylioRow({ day: '2024-05-01', time: '08:00', mood: 'meh', activities: [] }),
    daylioRow({ day: '2024-04-30', time: '08:00', mood: 'sleepy', activities: ['work'] }),
  ].join('\n');

  it('maps the five moods to 1–10, activities to tags, <br> to a line break', () => {
    const parsed = file('daylio_export_2024_05_03.csv', csv);
    expect(parsed.format).toBe('daylio');
    expect(parsed.entries[0]).toEqual({
      date: '2024-05-02',
      createdAt: new Date(2024, 4, 2, 21, 10).toISOString(),
      title: 'Picnic',
      body: 'Sun.\nThen rain.',
      tags: ['friends', 'walk'],
      mood: 10,
    });
    expect(parsed.entries[1]).toMatchObject({ date: '2024-05-01', mood: 5, title: '', body: '' });
  });

  it('brings a mood named by the person without its mood, and says so', () => {
    const parsed = file('daylio.csv', csv);
    expect(parsed.entries[2]).toMatchObject({ date: '2024-04-30', tags: ['work'] });
    expect(parsed.entries[2]!.mood).toBeUndefined();
    expect(parsed.dropped).toEqual([
      { reason: expect.stringContaining('names of their own') as string, count: 1 },
    ]);
  });

  it('awful, bad, meh, good, rad are 1, 3, 5, 8, 10', () => {
    const rows = ['awful', 'bad', 'meh', 'good', 'rad'].map((mood) =>
      daylioRow({ day: '2024-01-01', time: '10:00', mood, activities: [], note: mood }),
    );
    const moods = file('d.csv', [DAYLIO_HEADER, ...rows].join('\n')).entries.map((e) => e.mood);
    expect(moods).toEqual([1, 3, 5, 8, 10]);
  });
});

describe('refusals', () => {
  const refused = (path: string, text: string) => {
    try {
      file(path, text);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return (error as ImportError).message;
    }
    throw new Error('not refused');
  };

  it('a truncated JSON export is refused with a plain reason', () => {
    const whole = dayOneJson([{ uuid: 'x', creationDate: '2024-01-01T10:00:00Z', text: 'hi' }]);
    expect(refused('Journal.json', whole.slice(0, whole.length / 2))).toMatch(
      /not valid JSON.*cut short/,
    );
  });

  it('JSON from some other program is refused, naming what can be read', () => {
    expect(refused('package.json', '{"name":"x","version":"1"}')).toMatch(/Day One.*jrnl.*Daylio/);
  });

  it('a CSV that is not Daylio is refused', () => {
    expect(refused('bank.csv', 'date,amount\n2024-01-01,3')).toMatch(/not one the app can import/);
  });

  it('bytes that are not UTF-8 text are refused', () => {
    expect(() =>
      parseFile({ path: 'x.txt', bytes: Buffer.from([0xff, 0xfe, 0x00, 0xd8]) }),
    ).toThrow(/not text the app can read/);
  });
});
