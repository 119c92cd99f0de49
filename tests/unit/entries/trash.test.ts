import { describe, expect, it } from 'vitest';
import { PASSPHRASE, openJournal } from './harness';

describe('the trash', () => {
  it('a deleted entry leaves the timeline and waits in the trash for 30 days', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01', title: 'Gone' });
    journal.clock.advanceMs(1_000);
    await journal.call('entries:delete', { id: entry.id });
    expect((await journal.call('entries:list', {})).total).toBe(0);
    const [trashed] = await journal.call('entries:trash');
    expect(trashed).toMatchObject({
      id: entry.id,
      title: 'Gone',
      deletedAt: '2024-05-01T09:00:01.000Z',
      purgeAt: '2024-05-31T09:00:01.000Z',
    });
    expect((await journal.call('entries:get', { id: entry.id })).deletedAt).toBe(
      '2024-05-01T09:00:01.000Z',
    );
  });

  it('undo restores the entry exactly as it was, back in the timeline and in search', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', {
      date: '2024-05-01',
      title: 'Keep me',
      body: 'The breakthrough about my father.',
      mood: 5,
      tags: ['family'],
    });
    expect((await journal.call('entries:list', { text: 'father' })).total).toBe(1);
    await journal.call('entries:delete', { id: entry.id });
    expect((await journal.call('entries:list', { text: 'father' })).total).toBe(0);
    const restored = await journal.call('entries:restore', { id: entry.id });
    expect(restored).toEqual(entry);
    expect((await journal.call('entries:list', {})).items.map((e) => e.id)).toEqual([entry.id]);
    expect((await journal.call('entries:list', { text: 'father' })).total).toBe(1);
    expect(await journal.call('entries:trash')).toEqual([]);
  });

  it('the trash lists the most recently deleted first', async () => {
    const journal = await openJournal();
    for (const title of ['first', 'second', 'third']) {
      const entry = await journal.call('entries:create', { date: '2024-05-01', title });
      journal.clock.advanceMs(60_000);
      await journal.call('entries:delete', { id: entry.id });
    }
    expect((await journal.call('entries:trash')).map((e) => e.title)).toEqual([
      'third',
      'second',
      'first',
    ]);
  });

  it('deleting twice keeps the first deletion date', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01' });
    await journal.call('entries:delete', { id: entry.id });
    journal.clock.advanceDays(3);
    await journal.call('entries:delete', { id: entry.id });
    expect((await journal.call('entries:trash'))[0]!.deletedAt).toBe('2024-05-01T09:00:00.000Z');
  });

  it('an entry in the trash can still take a late autosave and stays in the trash', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01', body: 'draft' });
    await journal.call('entries:delete', { id: entry.id });
    const saved = await journal.call('entries:update', {
      id: entry.id,
      patch: { body: 'draft, last words' },
    });
    expect(saved.deletedAt).toBeDefined();
    expect(saved.body).toBe('draft, last words');
    expect((await journal.call('entries:list', {})).total).toBe(0);
    expect((await journal.call('entries:list', { text: 'words' })).total).toBe(0);
  });

  it('purging removes an entry for good, with its insights and the sessions\u2019 links to them', async () => {
    const journal = await openJournal();
    const gone = await journal.call('entries:create', { date: '2024-05-01', title: 'gone' });
    const kept = await journal.call('entries:create', { date: '2024-05-02', title: 'kept' });
    const insight = (id: string, entryId: string) => ({
      id,
      entryId,
      note: 'noticed',
      kind: 'pattern' as const,
      intensity: 3,
      goalIds: [],
      bringToSession: true,
      createdAt: '2024-05-01T10:00:00.000Z',
    });
    await journal.session.change((doc) => {
      doc.insights.push(insight('i-gone', gone.id), insight('i-kept', kept.id));
      doc.sessions.push({
        id: 's1',
        date: '2024-05-03',
        durationMinutes: 50,
        prepNote: '',
        reflection: '',
        homework: [],
        discussedInsightIds: ['i-gone', 'i-kept'],
      });
    });
    await journal.call('entries:delete', { id: gone.id });
    await journal.call('entries:purge', { id: gone.id });
    await journal.lockAndUnlock();
    await expect(journal.call('entries:get', { id: gone.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await journal.call('entries:trash')).toEqual([]);
    const doc = journal.session.read((d) => d);
    expect(doc.insights.map((i) => i.id)).toEqual(['i-kept']);
    expect(doc.sessions[0]!.discussedInsightIds).toEqual(['i-kept']);
  });

  it('purging an entry that is already gone is not an error', async () => {
    const journal = await openJournal();
    await expect(journal.call('entries:purge', { id: 'never-was' })).resolves.toBeUndefined();
  });

  it('an entry 30 days in the trash is removed for good on the first read after unlocking', async () => {
    const journal = await openJournal();
    const old = await journal.call('entries:create', { date: '2024-05-01', title: 'old' });
    await journal.call('entries:delete', { id: old.id });
    journal.clock.advanceDays(10);
    const recent = await journal.call('entries:create', { date: '2024-05-11', title: 'recent' });
    await journal.call('entries:delete', { id: recent.id });
    await journal.session.lock('manual');

    journal.clock.advanceDays(20);
    await journal.session.unlock({ passphrase: PASSPHRASE });
    // Still on disk until the entries service first touches the document...
    expect(journal.session.read((doc) => doc.entries.length)).toBe(2);
    await journal.call('entries:list', {});
    // ...and that first read removed it, and wrote the removal.
    await journal.lockAndUnlock();
    expect(journal.session.read((doc) => doc.entries.map((e) => e.title))).toEqual(['recent']);
    expect((await journal.call('entries:trash')).map((e) => e.title)).toEqual(['recent']);
  });

  it('a journal left open past the 30 days does not show or restore the expired entry', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01' });
    await journal.call('entries:delete', { id: entry.id });
    journal.clock.advanceDays(29);
    expect(await journal.call('entries:trash')).toHaveLength(1);
    journal.clock.advanceDays(1);
    expect(await journal.call('entries:trash')).toEqual([]);
    await expect(journal.call('entries:restore', { id: entry.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
