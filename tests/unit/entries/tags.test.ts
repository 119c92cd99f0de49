import { describe, expect, it, vi } from 'vitest';
import { Vault } from '../../../electron/vault';
import type { Journal } from './harness';
import { openJournal } from './harness';

async function seeded(): Promise<Journal> {
  const journal = await openJournal();
  const tagSets = [
    ['work', 'sleep'],
    ['Work'],
    ['family', 'worry'],
    ['Worry', 'anxiety'],
    ['work'],
  ];
  for (const [i, tags] of tagSets.entries()) {
    await journal.call('entries:create', { date: `2024-05-0${i + 1}`, tags });
  }
  return journal;
}

const tagsOf = (journal: Journal) =>
  journal.session.read((doc) => doc.entries.map((entry) => entry.tags));

describe('tags', () => {
  it('are listed with how many entries carry each, most used first, then by name', async () => {
    const journal = await seeded();
    expect(await journal.call('tags:list')).toEqual([
      { tag: 'work', count: 3 },
      { tag: 'worry', count: 2 },
      { tag: 'anxiety', count: 1 },
      { tag: 'family', count: 1 },
      { tag: 'sleep', count: 1 },
    ]);
  });

  it('entries in the trash do not count', async () => {
    const journal = await seeded();
    await journal.call('entries:delete', { id: 'id-3' });
    expect(await journal.call('tags:list')).not.toContainEqual({ tag: 'family', count: 1 });
  });

  it('renaming a tag changes it on every entry, in one save', async () => {
    const journal = await seeded();
    const writes = vi.spyOn(Vault.prototype, 'update');
    const list = await journal.call('tags:rename', { from: 'WORK', to: 'job' });
    expect(writes).toHaveBeenCalledTimes(1);
    writes.mockRestore();
    expect(list).toContainEqual({ tag: 'job', count: 3 });
    await journal.lockAndUnlock();
    expect(tagsOf(journal)).toEqual([
      ['job', 'sleep'],
      ['job'],
      ['family', 'worry'],
      ['worry', 'anxiety'],
      ['job'],
    ]);
    const filtered = await journal.call('entries:list', { tags: ['job'] });
    expect(filtered.total).toBe(3);
  });

  it('renaming onto an existing tag merges the two without doubling it on any entry', async () => {
    const journal = await seeded();
    const list = await journal.call('tags:rename', { from: 'anxiety', to: 'Worry' });
    expect(list).toContainEqual({ tag: 'Worry', count: 2 });
    expect(list.map((t) => t.tag)).not.toContain('anxiety');
    expect(tagsOf(journal)).toEqual([
      ['work', 'sleep'],
      ['work'],
      ['family', 'Worry'],
      ['Worry'],
      ['work'],
    ]);
  });

  it('renaming to the same word in another case respells it everywhere', async () => {
    const journal = await seeded();
    const list = await journal.call('tags:rename', { from: 'work', to: 'Work' });
    expect(list[0]).toEqual({ tag: 'Work', count: 3 });
    expect(
      tagsOf(journal)
        .flat()
        .filter((t) => t.toLowerCase() === 'work'),
    ).toEqual(['Work', 'Work', 'Work']);
  });

  it('a rename reaches entries in the trash too, so they come back with the new name', async () => {
    const journal = await seeded();
    await journal.call('entries:delete', { id: 'id-2' });
    await journal.call('tags:rename', { from: 'work', to: 'job' });
    expect((await journal.call('entries:restore', { id: 'id-2' })).tags).toEqual(['job']);
  });

  it('deleting a tag removes it from every entry, in one save, and keeps the entries', async () => {
    const journal = await seeded();
    const writes = vi.spyOn(Vault.prototype, 'update');
    const list = await journal.call('tags:delete', { tag: 'Worry' });
    expect(writes).toHaveBeenCalledTimes(1);
    writes.mockRestore();
    expect(list.map((t) => t.tag)).not.toContain('worry');
    expect(tagsOf(journal)).toEqual([
      ['work', 'sleep'],
      ['work'],
      ['family'],
      ['anxiety'],
      ['work'],
    ]);
    expect((await journal.call('entries:list', {})).total).toBe(5);
  });

  it('a tag no entry has any more is reported, and nothing is written', async () => {
    const journal = await seeded();
    const writes = vi.spyOn(Vault.prototype, 'update');
    const gone = expect.objectContaining({ code: 'NOT_FOUND' });
    await expect(journal.call('tags:rename', { from: 'nope', to: 'x' })).rejects.toEqual(gone);
    await expect(journal.call('tags:delete', { tag: 'nope' })).rejects.toEqual(gone);
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();
  });
});
