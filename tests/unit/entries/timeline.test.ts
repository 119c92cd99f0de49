import { describe, expect, it } from 'vitest';
import type { CreateEntry } from '../../../shared/entries/entry-contract';
import type { Journal } from './harness';
import { openJournal } from './harness';

const ENTRIES: Array<CreateEntry & { title: string }> = [
  { date: '2024-03-01', title: 'march', mood: 2, tags: ['Work'], shareLevel: 'private' },
  {
    date: '2024-03-15',
    title: 'mid-march',
    mood: 5,
    tags: ['work', 'sleep'],
    shareLevel: 'summary',
  },
  { date: '2024-04-02', title: 'april', mood: 8, tags: ['family'], shareLevel: 'full' },
  { date: '2024-04-02', title: 'april later', tags: ['Family', 'Work'], shareLevel: 'full' },
  { date: '2024-05-20', title: 'may', mood: 9, tags: [], shareLevel: 'summary' },
];

async function seeded(): Promise<Journal> {
  const journal = await openJournal();
  for (const entry of ENTRIES) {
    await journal.call('entries:create', entry);
    journal.clock.advanceMs(1_000);
  }
  return journal;
}

async function titles(journal: Journal, filter: Parameters<Journal['call']>[1] = {}) {
  const page = await journal.call('entries:list', filter as never);
  return page.items.map((e) => e.title);
}

describe('the timeline', () => {
  it('lists the newest day first, and within a day the latest written first', async () => {
    const journal = await seeded();
    expect(await titles(journal)).toEqual(['may', 'april later', 'april', 'mid-march', 'march']);
  });

  it('an entry back-dated to an earlier day takes its place in that day', async () => {
    const journal = await seeded();
    await journal.call('entries:create', { date: '2024-03-10', title: 'written late' });
    expect(await titles(journal)).toEqual([
      'may',
      'april later',
      'april',
      'mid-march',
      'written late',
      'march',
    ]);
  });

  it('pages with offset and limit, and the total counts every match', async () => {
    const journal = await seeded();
    const page = await journal.call('entries:list', { offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((e) => e.title)).toEqual(['april later', 'april']);
  });

  it('shows what a row needs and an excerpt of the body as plain text, never the whole body', async () => {
    const journal = await openJournal();
    const body = `# A heading\n\nI **finally** said _no_ to [Mum](https://example.org).\n\n${'more words '.repeat(100)}`;
    await journal.call('entries:create', { date: '2024-05-01', title: 't', body, mood: 4 });
    const [row] = (await journal.call('entries:list', {})).items;
    expect(row).toEqual({
      id: 'id-1',
      date: '2024-05-01',
      title: 't',
      mood: 4,
      tags: [],
      shareLevel: 'private',
      updatedAt: '2024-05-01T09:00:00.000Z',
      excerpt: expect.stringMatching(/^A heading I finally said no to Mum\. more words/),
    });
    expect(row!.excerpt.length).toBeLessThanOrEqual(201);
    expect(row!.excerpt.endsWith('…')).toBe(true);
    expect(row).not.toHaveProperty('body');
  });

  it('a tag filter keeps entries that have all the given tags, in any case', async () => {
    const journal = await seeded();
    expect(await titles(journal, { tags: ['WORK'] })).toEqual([
      'april later',
      'mid-march',
      'march',
    ]);
    expect(await titles(journal, { tags: ['work', 'family'] })).toEqual(['april later']);
  });

  it('a mood range keeps entries within it and leaves out entries without a mood', async () => {
    const journal = await seeded();
    expect(await titles(journal, { moodMin: 5 })).toEqual(['may', 'april', 'mid-march']);
    expect(await titles(journal, { moodMax: 5 })).toEqual(['mid-march', 'march']);
    expect(await titles(journal, { moodMin: 5, moodMax: 8 })).toEqual(['april', 'mid-march']);
  });

  it('a date range keeps the days from and to, both included', async () => {
    const journal = await seeded();
    expect(await titles(journal, { from: '2024-03-15', to: '2024-04-02' })).toEqual([
      'april later',
      'april',
      'mid-march',
    ]);
    expect(await titles(journal, { from: '2024-05-01' })).toEqual(['may']);
    expect(await titles(journal, { to: '2024-03-01' })).toEqual(['march']);
  });

  it('a share-level filter keeps the chosen levels', async () => {
    const journal = await seeded();
    expect(await titles(journal, { shareLevels: ['full'] })).toEqual(['april later', 'april']);
    expect(await titles(journal, { shareLevels: ['private', 'summary'] })).toEqual([
      'may',
      'mid-march',
      'march',
    ]);
  });

  it('filters combine, each one narrowing further', async () => {
    const journal = await seeded();
    expect(
      await titles(journal, { tags: ['work'], moodMin: 1, shareLevels: ['summary', 'private'] }),
    ).toEqual(['mid-march', 'march']);
    expect(await titles(journal, { tags: ['work'], from: '2024-04-01', moodMin: 1 })).toEqual([]);
  });
});

describe('the calendar', () => {
  it('gives each day with entries its count and the mean mood of the entries that have one', async () => {
    const journal = await seeded();
    await journal.call('entries:create', { date: '2024-04-02', title: 'third', mood: 3 });
    expect(
      await journal.call('entries:calendar', { from: '2024-03-01', to: '2024-04-30' }),
    ).toEqual([
      { date: '2024-03-01', count: 1, mood: 2 },
      { date: '2024-03-15', count: 1, mood: 5 },
      { date: '2024-04-02', count: 3, mood: 5.5 },
    ]);
  });

  it('rounds the mean mood to one decimal and leaves it out when no entry of the day has one', async () => {
    const journal = await openJournal();
    for (const mood of [7, 8, 8])
      await journal.call('entries:create', { date: '2024-06-01', mood });
    await journal.call('entries:create', { date: '2024-06-02' });
    expect(
      await journal.call('entries:calendar', { from: '2024-06-01', to: '2024-06-02' }),
    ).toEqual([
      { date: '2024-06-01', count: 3, mood: 7.7 },
      { date: '2024-06-02', count: 1 },
    ]);
  });

  it('applies the same filters as the timeline, search included, and skips the trash', async () => {
    const journal = await seeded();
    await journal.call('entries:delete', { id: 'id-3' });
    expect(
      await journal.call('entries:calendar', {
        from: '2024-01-01',
        to: '2024-12-31',
        tags: ['family'],
      }),
    ).toEqual([{ date: '2024-04-02', count: 1 }]);
    expect(
      await journal.call('entries:calendar', {
        from: '2024-01-01',
        to: '2024-12-31',
        text: 'march',
      }),
    ).toEqual([
      { date: '2024-03-01', count: 1, mood: 2 },
      { date: '2024-03-15', count: 1, mood: 5 },
    ]);
  });
});
