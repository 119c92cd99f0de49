import { describe, expect, it, vi } from 'vitest';
import { Vault } from '../../../electron/vault';
import { openJournal } from './harness';

describe('writing entries', () => {
  it('a new entry gets an id, timestamps and the defaults: empty title and body, no tags, private', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01' });
    expect(entry).toEqual({
      id: 'id-1',
      date: '2024-05-01',
      createdAt: '2024-05-01T09:00:00.000Z',
      updatedAt: '2024-05-01T09:00:00.000Z',
      title: '',
      body: '',
      tags: [],
      shareLevel: 'private',
    });
    expect(await journal.call('entries:get', { id: entry.id })).toEqual(entry);
  });

  it('the app itself names entries with random UUIDs', async () => {
    const { systemClock } = await import('../../../electron/services/entries/clock');
    const [a, b] = [systemClock.newId(), systemClock.newId()];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });

  it('an entry survives locking and unlocking exactly as written', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', {
      date: '2024-04-30',
      title: 'After group',
      body: '## What happened\n\n- I spoke **first**\n- [x] breathed',
      mood: 6,
      tags: ['group'],
      shareLevel: 'summary',
      promptId: 'builtin:small-step',
    });
    await journal.lockAndUnlock();
    expect(await journal.call('entries:get', { id: entry.id })).toEqual(entry);
  });

  it('an update changes only what the patch names and moves updatedAt on', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', {
      date: '2024-05-01',
      title: 'Morning',
      body: 'Slept badly.',
      mood: 3,
      tags: ['sleep'],
    });
    journal.clock.advanceMs(60_000);
    const updated = await journal.call('entries:update', {
      id: entry.id,
      patch: { body: 'Slept badly, then walked.', shareLevel: 'full' },
    });
    expect(updated).toEqual({
      ...entry,
      body: 'Slept badly, then walked.',
      shareLevel: 'full',
      updatedAt: '2024-05-01T09:01:00.000Z',
    });
  });

  it('null clears the mood and the prompt; leaving them out keeps them', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', {
      date: '2024-05-01',
      mood: 7,
      promptId: 'builtin:avoidance',
    });
    const kept = await journal.call('entries:update', { id: entry.id, patch: { title: 'x' } });
    expect(kept).toMatchObject({ mood: 7, promptId: 'builtin:avoidance' });
    const cleared = await journal.call('entries:update', {
      id: entry.id,
      patch: { mood: null, promptId: null },
    });
    expect(cleared).not.toHaveProperty('mood');
    expect(cleared).not.toHaveProperty('promptId');
    await journal.lockAndUnlock();
    expect(await journal.call('entries:get', { id: entry.id })).toEqual(cleared);
  });

  it('an update that changes nothing is not written and keeps updatedAt', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01', title: 'Same' });
    journal.clock.advanceMs(5_000);
    const writes = vi.spyOn(Vault.prototype, 'update');
    const again = await journal.call('entries:update', {
      id: entry.id,
      patch: { title: 'Same', tags: [] },
    });
    expect(writes).not.toHaveBeenCalled();
    expect(again).toEqual(entry);
    writes.mockRestore();
  });

  it('tags are tidied and kept once regardless of case, the first spelling winning', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', {
      date: '2024-05-01',
      tags: ['  Work  ', 'work', 'WORK', 'inner   critic', 'Sleep'],
    });
    expect(entry.tags).toEqual(['Work', 'inner critic', 'Sleep']);
  });

  it('a tag typed in another case joins the tag the journal already has', async () => {
    const journal = await openJournal();
    await journal.call('entries:create', { date: '2024-05-01', tags: ['Work'] });
    const second = await journal.call('entries:create', { date: '2024-05-02', tags: ['work'] });
    expect(second.tags).toEqual(['Work']);
    const only = await journal.call('entries:update', { id: 'id-1', patch: { tags: ['WORK'] } });
    // The only other entry with the tag spells it "Work", so this one follows.
    expect(only.tags).toEqual(['Work']);
  });

  it('an entry that no longer exists is reported as such, for every operation', async () => {
    const journal = await openJournal();
    const missing = { id: 'no-such-entry' };
    const notFound = expect.objectContaining({
      code: 'NOT_FOUND',
      message: 'That entry no longer exists.',
    });
    await expect(journal.call('entries:get', missing)).rejects.toEqual(notFound);
    await expect(
      journal.call('entries:update', { ...missing, patch: { title: 'x' } }),
    ).rejects.toEqual(notFound);
    await expect(journal.call('entries:delete', missing)).rejects.toEqual(notFound);
    await expect(journal.call('entries:restore', missing)).rejects.toEqual(notFound);
  });

  it('a prompt that does not exist is refused and nothing is written', async () => {
    const journal = await openJournal();
    const writes = vi.spyOn(Vault.prototype, 'update');
    await expect(
      journal.call('entries:create', { date: '2024-05-01', promptId: 'builtin:nope' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'That prompt no longer exists.' });
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
  });

  it('input the contract does not allow is refused before any service runs', async () => {
    const journal = await openJournal();
    for (const bad of [
      { date: '2024-13-01' },
      { date: '2024-05-01', mood: 11 },
      { date: '2024-05-01', mood: 2.5 },
      { date: '2024-05-01', shareLevel: 'public' },
      { date: '2024-05-01', extra: true },
    ]) {
      await expect(journal.call('entries:create', bad as never)).rejects.toMatchObject({
        code: 'BAD_INPUT',
      });
    }
  });

  it('a locked journal refuses every entries call', async () => {
    const journal = await openJournal();
    await journal.session.lock('manual');
    const locked = expect.objectContaining({ code: 'LOCKED' });
    await expect(journal.call('entries:list', {})).rejects.toEqual(locked);
    await expect(journal.call('entries:create', { date: '2024-05-01' })).rejects.toEqual(locked);
    await expect(journal.call('entries:trash')).rejects.toEqual(locked);
    await expect(journal.call('tags:list')).rejects.toEqual(locked);
    await expect(journal.call('prompts:list')).rejects.toEqual(locked);
  });
});
