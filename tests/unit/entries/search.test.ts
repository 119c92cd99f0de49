import { describe, expect, it, vi } from 'vitest';
import type { EntrySummary } from '../../../shared/entries/entry-contract';
import { EntrySearchIndex } from '../../../electron/services/entries/search-index';
import { WordIndex } from '../../../electron/services/entries/word-index';
import type { Journal } from './harness';
import { PASSPHRASE, openJournal } from './harness';

async function seeded(): Promise<Journal> {
  const journal = await openJournal();
  const write = async (date: string, title: string, body: string, extra = {}) => {
    await journal.call('entries:create', { date, title, body, ...extra });
    journal.clock.advanceMs(1_000);
  };
  await write(
    '2024-04-01',
    'Before the review',
    'My **anxiety** was loud all morning. I noticed I kept checking my phone instead of preparing.',
    { mood: 3, tags: ['work'] },
  );
  await write('2024-04-05', 'Sunday walk', 'The sea was calm and so was I, for once.', {
    mood: 8,
    tags: ['body'],
  });
  await write(
    '2024-04-09',
    'Anxiety, again',
    'Smaller this time. I named it to my partner and it eased.',
    { mood: 5, tags: ['work', 'partner'] },
  );
  await write('2024-04-12', 'Ça va mieux', 'Après la marche, ça va mieux.', { tags: ['body'] });
  return journal;
}

const search = async (journal: Journal, text: string, filter = {}) =>
  (await journal.call('entries:list', { text, ...filter })).items;
const titles = (items: EntrySummary[]) => items.map((e) => e.title);

/** The words the marks point at. */
const marked = (text: string, marks: Array<[number, number]> = []) =>
  marks.map(([start, end]) => text.slice(start, end));

describe('search', () => {
  it('finds an entry by a word of its body', async () => {
    const journal = await seeded();
    expect(titles(await search(journal, 'phone'))).toEqual(['Before the review']);
  });

  it('finds words by their beginning', async () => {
    const journal = await seeded();
    expect(titles(await search(journal, 'prepar'))).toEqual(['Before the review']);
    expect(titles(await search(journal, 'cal'))).toEqual(['Sunday walk']);
  });

  it('forgives a typo, a swapped pair of letters included', async () => {
    const journal = await seeded();
    expect(titles(await search(journal, 'anxeity')).sort()).toEqual([
      'Anxiety, again',
      'Before the review',
    ]);
    expect(titles(await search(journal, 'partnr'))).toEqual(['Anxiety, again']);
  });

  it('forgives a typo in a word still being typed', async () => {
    const journal = await seeded();
    expect(titles(await search(journal, 'anxei')).sort()).toEqual([
      'Anxiety, again',
      'Before the review',
    ]);
  });

  it('ignores case and accents', async () => {
    const journal = await seeded();
    expect(titles(await search(journal, 'CA VA apres'))).toEqual(['Ça va mieux']);
  });

  it('finds the words a body shows, not Markdown around them: link targets, list numbers', async () => {
    const journal = await openJournal();
    await journal.call('entries:create', {
      date: '2024-05-01',
      body: 'Called [Mum](https://example.org/call) today.\n\n1. breathe\n2. walk\n- [x] rest',
    });
    expect(await search(journal, 'mum')).toHaveLength(1);
    expect(await search(journal, 'breathe')).toHaveLength(1);
    expect(await search(journal, 'example')).toEqual([]);
    expect(await search(journal, '2')).toEqual([]);
    expect(await search(journal, 'x')).toEqual([]);
  });

  it('wants every typed word to match', async () => {
    const journal = await seeded();
    expect(titles(await search(journal, 'anxiety partner'))).toEqual(['Anxiety, again']);
    expect(await search(journal, 'anxiety sea')).toEqual([]);
  });

  it('ranks a word in the title above the same word in a body', async () => {
    const journal = await seeded();
    expect(titles(await search(journal, 'anxiety'))).toEqual([
      'Anxiety, again',
      'Before the review',
    ]);
  });

  it('combines with every filter', async () => {
    const journal = await seeded();
    expect(titles(await search(journal, 'anxiety', { moodMax: 4 }))).toEqual(['Before the review']);
    expect(titles(await search(journal, 'anxiety', { tags: ['partner'] }))).toEqual([
      'Anxiety, again',
    ]);
    expect(titles(await search(journal, 'anxiety', { from: '2024-04-02' }))).toEqual([
      'Anxiety, again',
    ]);
    expect(await search(journal, 'anxiety', { shareLevels: ['full'] })).toEqual([]);
  });

  it('blank text is no search: the timeline in its usual order', async () => {
    const journal = await seeded();
    const items = await search(journal, '   ');
    expect(titles(items)).toEqual([
      'Ça va mieux',
      'Anxiety, again',
      'Sunday walk',
      'Before the review',
    ]);
    expect(items[0]).not.toHaveProperty('snippet');
  });

  it('a snippet is plain text around the match, and its marks point at the matched words', async () => {
    const journal = await seeded();
    const [hit] = await search(journal, 'checking phone');
    expect(hit!.snippet!.text).toBe(
      'My anxiety was loud all morning. I noticed I kept checking my phone instead of preparing.',
    );
    expect(marked(hit!.snippet!.text, hit!.snippet!.marks)).toEqual(['checking', 'phone']);
    expect(hit!.titleMarks).toEqual([]);
  });

  it('title marks point at the matched words of the title', async () => {
    const journal = await seeded();
    const [hit] = await search(journal, 'again');
    expect(marked(hit!.title, hit!.titleMarks)).toEqual(['again']);
  });

  it('marks the word actually written when the search had a typo or a prefix', async () => {
    const journal = await seeded();
    const [hit] = await search(journal, 'anxeity', { tags: ['partner'] });
    expect(marked(hit!.title, hit!.titleMarks)).toEqual(['Anxiety']);
    const [walk] = await search(journal, 'cal');
    expect(marked(walk!.snippet!.text, walk!.snippet!.marks)).toEqual(['calm']);
    const [review] = await search(journal, 'prep noticd');
    expect(marked(review!.snippet!.text, review!.snippet!.marks)).toEqual(['noticed', 'preparing']);
  });

  it('a long body gives a snippet of about 160 characters around the first match, every occurrence in it marked', async () => {
    const journal = await openJournal();
    const body = `${'Nothing much happened today at all. '.repeat(10)}Then the old **fear** came back, fear of being seen, and fear again. ${'Quiet evening. '.repeat(20)}`;
    await journal.call('entries:create', { date: '2024-05-01', title: 'long', body });
    const [hit] = await search(journal, 'fear');
    const snippet = hit!.snippet!;
    expect(snippet.text.length).toBeLessThanOrEqual(162);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text).toContain('Then the old fear came back');
    expect(marked(snippet.text, snippet.marks)).toEqual(['fear', 'fear', 'fear']);
  });

  it('new, changed, deleted, restored and purged entries are searchable at once, as they now are', async () => {
    const journal = await seeded();
    expect(await search(journal, 'lighthouse')).toEqual([]);
    const entry = await journal.call('entries:create', {
      date: '2024-05-01',
      body: 'A lighthouse.',
    });
    expect(await search(journal, 'lighthouse')).toHaveLength(1);
    await journal.call('entries:update', { id: entry.id, patch: { body: 'A harbour.' } });
    expect(await search(journal, 'lighthouse')).toEqual([]);
    expect(await search(journal, 'harbour')).toHaveLength(1);
    await journal.call('entries:delete', { id: entry.id });
    expect(await search(journal, 'harbour')).toEqual([]);
    await journal.call('entries:restore', { id: entry.id });
    expect(await search(journal, 'harbour')).toHaveLength(1);
    await journal.call('entries:delete', { id: entry.id });
    await journal.call('entries:purge', { id: entry.id });
    expect(await search(journal, 'harbour')).toEqual([]);
  });

  it('the index is built once per unlock and kept in step, not rebuilt per change', async () => {
    const journal = await seeded();
    await search(journal, 'anxiety');
    const put = vi.spyOn(EntrySearchIndex.prototype, 'put');
    await journal.call('entries:create', { date: '2024-05-01', body: 'one' });
    await journal.call('entries:create', { date: '2024-05-02', body: 'two' });
    await search(journal, 'two');
    expect(put).toHaveBeenCalledTimes(2);
    put.mockRestore();
  });

  it('locking drops the index; the next unlock builds a fresh one from the document', async () => {
    const journal = await seeded();
    const live = journal.entries.search;
    const built = await search(journal, 'anxiety');
    await journal.session.read((doc) => live.build(doc));
    expect(live.built).toBe(true);
    await journal.session.lock('manual');
    expect(live.built).toBe(false);
    await journal.session.unlock({ passphrase: PASSPHRASE });
    await journal.session.read((doc) => live.build(doc));
    expect(live.built).toBe(true);
    expect(await search(journal, 'anxiety')).toEqual(built);
  });

  it('ranks with exactly the scores MiniSearch itself gives (so an upgrade that changes them fails here)', () => {
    const index = new WordIndex({ fields: ['title', 'text'] });
    index.addAll([
      { id: 'a', title: 'anxiety again', text: 'anxious anxiety before the review anxiety' },
      { id: 'b', title: 'walk', text: 'calm sea and an anxious mind' },
      { id: 'c', title: 'anxiety', text: 'named it to my partner' },
      { id: 'd', title: 'partner', text: 'anxiety partner anxiety partner calm' },
    ]);
    index.remove({ id: 'b', title: 'walk', text: 'calm sea and an anxious mind' });
    index.add({ id: 'b', title: 'walk', text: 'calm sea and an anxious mind, then anxiety' });
    const boost = { title: 2, text: 1 };
    const ours = (words: string[]) => {
      const scores = new Map<string, number>();
      index.rank(
        words.map((w) => index.withCompletions(w)),
        boost,
        (shortId, score) =>
          scores.set(
            ['a', 'b', 'c', 'd'].find((id) => index.shortIdOf(id) === shortId)!,
            score,
          ),
      );
      return scores;
    };
    for (const words of [['anxiety'], ['anx'], ['anx', 'partner'], ['calm', 'anxi'], ['nothing']]) {
      const theirs = index.search(words.join(' '), { prefix: true, combineWith: 'AND', boost });
      // search() multiplies each score by how many query words matched: the same for all here.
      const expected = new Map(theirs.map((r) => [r.id as string, r.score / r.queryTerms.length]));
      const mine = ours(words);
      expect([...mine.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [id, score] of expected) expect(mine.get(id)).toBeCloseTo(score, 10);
    }
  });

  it('ranks with the lengths of the index as it is now, after entries are added and removed', () => {
    const index = new WordIndex({ fields: ['title', 'text'] });
    const boost = { title: 2, text: 1 };
    const check = () => {
      const theirs = index.search('anxiety', { prefix: true, combineWith: 'AND', boost });
      const mine = new Map<number, number>();
      index.rank([index.withCompletions('anxiety')], boost, (shortId, score) =>
        mine.set(shortId, score),
      );
      expect(mine.size).toBe(theirs.length);
      for (const r of theirs) expect(mine.get(index.shortIdOf(r.id)!)).toBeCloseTo(r.score, 10);
    };
    index.add({ id: 'a', title: 'anxiety', text: 'short' });
    check();
    // A long entry changes the average length, so every earlier entry's score changes too.
    index.add({ id: 'b', title: 'walk', text: `anxiety ${'word '.repeat(200)}` });
    check();
    index.remove({ id: 'a', title: 'anxiety', text: 'short' });
    check();
    index.discard('b');
    index.add({ id: 'c', title: 'calm', text: 'anxiety anxiety' });
    check();
  });
});
