import { describe, expect, it, vi } from 'vitest';
import { scanSearch } from '../../../electron/services/entries/scan-search';
import { EntrySearchIndex } from '../../../electron/services/entries/search-index';
import type { Entry } from '../../../shared/domain';
import type { EntrySummary } from '../../../shared/entries/entry-contract';
import type { Journal } from './harness';
import { PASSPHRASE, openJournal } from './harness';

/** Enough entries that the build takes many slices on any machine. */
const COUNT = 3_000;
const WORDS = ['harbour', 'lantern', 'anxious', 'walking', 'quiet', 'kitchen', 'letter', 'morning'];

function entry(i: number): Entry {
  const at = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
  return {
    id: `bulk-${i}`,
    date: at.slice(0, 10),
    createdAt: at,
    updatedAt: at,
    title: `Day ${i}`,
    body: `A ${WORDS[i % WORDS.length]} note about ${WORDS[(i * 3) % WORDS.length]} things, number ${i}.`,
    tags: [],
    shareLevel: 'private',
  };
}

/** A journal of COUNT entries, locked and unlocked again: its index is building now. */
async function building(): Promise<Journal> {
  const journal = await openJournal();
  await journal.session.change((doc) => {
    for (let i = 0; i < COUNT; i++) doc.entries.push(entry(i));
  });
  await journal.lockAndUnlock();
  expect(journal.entries.search.inProgress).toBe(true);
  return journal;
}

const search = async (journal: Journal, text: string) =>
  (await journal.call('entries:list', { text, limit: 500 })).items;
const ids = (items: EntrySummary[]) => items.map((item) => item.id).sort();
const ready = (journal: Journal) =>
  journal.session.read((doc) => journal.entries.search.build(doc));

describe('the search index built in the background after an unlock', () => {
  it('a search during the build is answered by reading the entries: the same entries, snippets and marks', async () => {
    const journal = await building();
    const during = await search(journal, 'harbo');
    expect(journal.entries.search.built).toBe(false);
    await ready(journal);
    expect(journal.entries.search.built).toBe(true);
    const after = await search(journal, 'harbo');
    expect(during.length).toBeGreaterThan(0);
    expect(ids(during)).toEqual(ids(after));
    const byId = new Map(after.map((item) => [item.id, item]));
    for (const item of during) {
      expect(item.snippet).toEqual(byId.get(item.id)!.snippet);
      expect(item.snippet!.marks.length).toBeGreaterThan(0);
    }
  });

  it('changes made during the build are in the index once it is ready', async () => {
    const journal = await building();
    // Issued together: each change is applied as its call starts, before the build's next slice.
    expect(journal.entries.search.inProgress).toBe(true);
    const [created] = await Promise.all([
      journal.call('entries:create', { date: '2024-05-01', body: 'A zephyr over the water.' }),
      // The last entries are the last the build reaches: changed before it gets there.
      journal.call('entries:update', {
        id: `bulk-${COUNT - 1}`,
        patch: { body: 'Only a quokka now.' },
      }),
      journal.call('entries:delete', { id: `bulk-${COUNT - 2}` }),
      journal.call('entries:delete', { id: `bulk-${COUNT - 3}` }),
      journal.call('entries:purge', { id: `bulk-${COUNT - 3}` }),
    ]);
    await ready(journal);

    // Typo tolerance only comes from the index: these prove the index itself has the changes.
    expect(ids(await search(journal, 'zephir'))).toEqual([created.id]);
    expect(ids(await search(journal, 'quoka'))).toEqual([`bulk-${COUNT - 1}`]);
    // The changed entries' old words are gone from the index, the others' are there.
    const found = async (n: number) => ids(await search(journal, `number ${n}`));
    for (const n of [COUNT - 1, COUNT - 2, COUNT - 3]) {
      expect(await found(n)).not.toContain(`bulk-${n}`);
    }
    expect(await found(COUNT - 4)).toContain(`bulk-${COUNT - 4}`);
  });

  it('a lock during the build stops it and drops the partial index', async () => {
    const journal = await building();
    const put = vi.spyOn(EntrySearchIndex.prototype, 'put');
    await new Promise((resolve) => setImmediate(resolve));
    await journal.session.lock('manual');
    const calls = put.mock.calls.length;
    expect(calls).toBeLessThan(COUNT);
    expect(journal.entries.search.inProgress).toBe(false);
    expect(journal.entries.search.built).toBe(false);
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(put.mock.calls.length).toBe(calls);
    expect(journal.entries.search.built).toBe(false);
    put.mockRestore();

    await journal.session.unlock({ passphrase: PASSPHRASE });
    await ready(journal);
    expect(await search(journal, 'harbour')).toHaveLength(COUNT / WORDS.length);
  });
});

describe('the scan that answers before the index is ready', () => {
  const found = (text: string) => {
    const entries = [
      { ...entry(1), id: 'a', title: 'Ça va mieux', body: 'Après la marche.' },
      {
        ...entry(2),
        id: 'b',
        title: 'Work',
        body: 'Managing the [review](https://anger.example).',
      },
      { ...entry(3), id: 'c', title: 'Home', body: 'Endangered calm, then anger.' },
    ];
    const hits: string[] = [];
    scanSearch(entries, text, (e) => hits.push(e.id));
    return hits;
  };

  it('finds whole words and beginnings of words, ignoring case and accents, every word required', () => {
    expect(found('CA VA apres')).toEqual(['a']);
    expect(found('manag')).toEqual(['b']);
    expect(found('anger')).toEqual(['c']);
    expect(found('anger calm')).toEqual(['c']);
    expect(found('anger review')).toEqual([]);
  });

  it('does not match inside words or in link targets', () => {
    expect(found('dangered')).toEqual([]);
    expect(found('example')).toEqual([]);
  });
});
