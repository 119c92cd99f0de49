import { describe, expect, it, vi } from 'vitest';
import type { EntryPatch } from '../../../shared/entries/entry-contract';
import { openJournal } from './harness';

describe('leaving an entry that was never written in', () => {
  it('a blank entry is dropped for good, not kept as an empty page or put in the trash', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01' });
    expect(await journal.call('entries:discardIfEmpty', { id: entry.id })).toEqual({
      discarded: true,
    });
    await journal.lockAndUnlock();
    await expect(journal.call('entries:get', { id: entry.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await journal.call('entries:trash')).toEqual([]);
  });

  it('words whose save is still queued when the page asks to discard are kept', async () => {
    const journal = await openJournal();
    const other = await journal.call('entries:create', { date: '2024-05-01', title: 'Other' });
    const entry = await journal.call('entries:create', { date: '2024-05-01' });
    // A write is on the disk's way, so the next ones queue behind it. The page's copy of the new
    // entry says "empty", and the save of what was typed is queued before the discard.
    const writing = journal.call('entries:update', { id: other.id, patch: { title: 'Busy' } });
    const saving = journal.call('entries:update', {
      id: entry.id,
      patch: { body: 'The words I typed at once.' },
    });
    const discarding = journal.call('entries:discardIfEmpty', { id: entry.id });
    await Promise.all([writing, saving]);
    expect(await discarding).toEqual({ discarded: false });
    await journal.lockAndUnlock();
    expect((await journal.call('entries:get', { id: entry.id })).body).toBe(
      'The words I typed at once.',
    );
  });

  it.each<[string, EntryPatch | null]>([
    ['a title', { title: 'Only a title' }],
    ['a tag', { tags: ['sleep'] }],
    ['a mood', { mood: 4 }],
    ['a space-only body', null],
  ])('an entry with %s is kept (a body of spaces is blank)', async (_what, patch) => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01' });
    await journal.call('entries:update', { id: entry.id, patch: patch ?? { body: '   \n ' } });
    const { discarded } = await journal.call('entries:discardIfEmpty', { id: entry.id });
    expect(discarded).toBe(patch === null);
  });

  it('an entry with an insight marked on it is kept', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01' });
    await journal.session.change((doc) => {
      doc.insights.push({
        id: 'i1',
        entryId: entry.id,
        note: '',
        kind: 'question',
        intensity: 3,
        goalIds: [],
        bringToSession: false,
        createdAt: '2024-05-01T09:00:00.000Z',
      });
    });
    expect(await journal.call('entries:discardIfEmpty', { id: entry.id })).toEqual({
      discarded: false,
    });
  });

  it('keeping an entry writes nothing, so the journal is never marked unsaved by it', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01', title: 'Kept' });
    const change = vi.spyOn(journal.session, 'change');
    await journal.call('entries:discardIfEmpty', { id: entry.id });
    await journal.call('entries:discardIfEmpty', { id: 'never-was' });
    expect(change).not.toHaveBeenCalled();
  });

  it('an entry in the trash is not discarded by it (the trash keeps it 30 days)', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01' });
    await journal.call('entries:delete', { id: entry.id });
    expect(await journal.call('entries:discardIfEmpty', { id: entry.id })).toEqual({
      discarded: false,
    });
    expect((await journal.call('entries:trash')).map((e) => e.id)).toEqual([entry.id]);
  });
});

describe('removing for good', () => {
  it('is refused for an entry outside the trash, which stays as it was', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01', body: 'Mine.' });
    await expect(journal.call('entries:purge', { id: entry.id })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    expect(await journal.call('entries:get', { id: entry.id })).toEqual(entry);
  });
});
