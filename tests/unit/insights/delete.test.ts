import { describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../../shared/domain';
import { openJournal } from '../entries/harness';
import { addSession, entryWith, insightOn } from './steps';

describe('deleting an insight', () => {
  it('removes it, its mark from the body (the words stay) and sessions’ mention of it', async () => {
    const journal = await openJournal();
    const entryId = await entryWith(journal, '2024-05-01', 'Start');
    const kept = await journal.call('insights:create', insightOn(entryId, { quote: 'stayed' }));
    const gone = await journal.call('insights:create', insightOn(entryId, { quote: 'went quiet' }));
    const body = `I <mark data-insight="${gone.id}">went quiet</mark> and <mark data-insight="${kept.id}">stayed</mark>.`;
    const before = await journal.call('entries:update', { id: entryId, patch: { body } });
    await addSession(journal, 's1', '2024-05-03', [gone.id, kept.id]);
    const follow = vi.spyOn(journal.entries.search, 'follow');

    journal.clock.advanceMs(60_000);
    await journal.call('insights:delete', { id: gone.id });
    // Search indexes the body as stored: it is told of the new one.
    const indexed: Entry[] = [];
    for (const [, apply] of follow.mock.calls) {
      apply({ put: (e) => indexed.push({ ...e }), remove: () => undefined });
    }
    expect(indexed.map((e) => e.body)).toEqual([expect.not.stringContaining(gone.id)]);
    await journal.lockAndUnlock();

    const entry = await journal.call('entries:get', { id: entryId });
    expect(entry.body).toBe(`I went quiet and <mark data-insight="${kept.id}">stayed</mark>.`);
    // Only a highlight went: the entry was not written in.
    expect(entry.updatedAt).toBe(before.updatedAt);
    await expect(journal.call('insights:get', { id: gone.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await journal.call('insights:get', { id: kept.id })).passage).toBe('marked');
    expect(journal.session.read((doc) => doc.sessions[0]!.discussedInsightIds)).toEqual([kept.id]);
  });

  it('a whole-entry insight goes without touching the body', async () => {
    const journal = await openJournal();
    const entryId = await entryWith(journal, '2024-05-01', 'Just <mark>this</mark>.');
    const insight = await journal.call('insights:create', insightOn(entryId));
    await journal.call('insights:delete', { id: insight.id });
    expect((await journal.call('entries:get', { id: entryId })).body).toBe(
      'Just <mark>this</mark>.',
    );
    expect((await journal.call('insights:list', {})).total).toBe(0);
  });

  it('an insight that is gone is not found', async () => {
    const journal = await openJournal();
    await expect(journal.call('insights:delete', { id: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('insights follow their entry into the trash and back', () => {
  it('hidden while the entry is in the trash, back as they were on restore, gone on purge', async () => {
    const journal = await openJournal();
    const trashed = await entryWith(journal, '2024-05-01', 'Trashed.');
    const other = await entryWith(journal, '2024-05-02', 'Kept.');
    const insight = await journal.call(
      'insights:create',
      insightOn(trashed, { kind: 'setback', bringToSession: true }),
    );
    await journal.call('insights:create', insightOn(other));

    await journal.call('entries:delete', { id: trashed });
    const hidden = await journal.call('insights:list', {});
    expect(hidden.items.map((i) => i.entryId)).toEqual([other]);
    expect(hidden.total).toBe(1);
    expect(hidden.monthly).toEqual([{ month: '2024-05', counts: { pattern: 1 } }]);
    expect((await journal.call('insights:list', { entryId: trashed })).total).toBe(0);
    await expect(journal.call('insights:get', { id: insight.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/trash/),
    });
    await expect(
      journal.call('insights:update', { id: insight.id, patch: { intensity: 1 } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await journal.call('entries:restore', { id: trashed });
    expect(await journal.call('insights:get', { id: insight.id })).toEqual(insight);
    expect((await journal.call('insights:list', {})).total).toBe(2);

    await journal.call('entries:delete', { id: trashed });
    await journal.call('entries:purge', { id: trashed });
    await journal.lockAndUnlock();
    expect(journal.session.read((doc) => doc.insights.map((i) => i.entryId))).toEqual([other]);
  });

  it('an entry with an insight is never discarded as blank, even with nothing else in it', async () => {
    const journal = await openJournal();
    const entryId = (await journal.call('entries:create', { date: '2024-05-01' })).id;
    await journal.call('insights:create', insightOn(entryId, { note: '' }));
    expect(await journal.call('entries:discardIfEmpty', { id: entryId })).toEqual({
      discarded: false,
    });
    const insight = (await journal.call('insights:list', { entryId })).items[0]!;
    await journal.call('insights:delete', { id: insight.id });
    expect(await journal.call('entries:discardIfEmpty', { id: entryId })).toEqual({
      discarded: true,
    });
  });
});
