import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openJournal } from '../entries/harness';
import type { Journal } from '../entries/harness';

/** Each call is refused by a check on the stored document, before anything is written. */
const refusals: Array<[string, string, (j: Journal, live: string) => Promise<unknown>]> = [
  [
    'tags:rename of a tag no entry has',
    'NOT_FOUND',
    (j) => j.call('tags:rename', { from: 'gone', to: 'x' }),
  ],
  ['tags:delete of a tag no entry has', 'NOT_FOUND', (j) => j.call('tags:delete', { tag: 'gone' })],
  [
    'prompts:remove of a built-in prompt',
    'BAD_INPUT',
    (j) => j.call('prompts:remove', { id: 'builtin:avoidance' }),
  ],
  [
    'prompts:remove of a prompt that is gone',
    'NOT_FOUND',
    (j) => j.call('prompts:remove', { id: 'nope' }),
  ],
  [
    'entries:update of an entry that is gone',
    'NOT_FOUND',
    (j) => j.call('entries:update', { id: 'nope', patch: { title: 'x' } }),
  ],
  [
    'entries:update naming a prompt that is gone',
    'NOT_FOUND',
    (j, live) => j.call('entries:update', { id: live, patch: { promptId: 'nope' } }),
  ],
  [
    'entries:create naming a prompt that is gone',
    'NOT_FOUND',
    (j) => j.call('entries:create', { date: '2024-05-01', promptId: 'nope' }),
  ],
  [
    'entries:delete of an entry that is gone',
    'NOT_FOUND',
    (j) => j.call('entries:delete', { id: 'nope' }),
  ],
  [
    'entries:restore of an entry that is gone',
    'NOT_FOUND',
    (j) => j.call('entries:restore', { id: 'nope' }),
  ],
  [
    'entries:purge of an entry outside the trash',
    'BAD_INPUT',
    (j, live) => j.call('entries:purge', { id: live }),
  ],
];

describe('a refused change', () => {
  for (const [what, code, call] of refusals) {
    it(`${what} is refused with ${code}, leaves the journal "saved" and writes nothing`, async () => {
      const journal = await openJournal();
      const { id } = await journal.call('entries:create', {
        date: '2024-05-01',
        title: 'kept',
        tags: ['work'],
      });
      const before = await readFile(journal.session.file);
      await expect(call(journal, id)).rejects.toMatchObject({ code });
      expect(journal.session.unsaved).toBe(false);
      expect(await journal.session.status()).toEqual({
        state: 'unlocked',
        save: { status: 'saved' },
      });
      expect((await readFile(journal.session.file)).equals(before), 'file bytes unchanged').toBe(
        true,
      );
    });
  }

  it('that turns out to change nothing (a patch to the stored values) writes nothing either', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', { date: '2024-05-01', title: 'same' });
    const before = await readFile(journal.session.file);
    await journal.call('entries:update', { id: entry.id, patch: { title: 'same' } });
    await journal.call('entries:restore', { id: entry.id });
    await journal.call('entries:purge', { id: 'gone-already' });
    await journal.call('prompts:add', { text: 'What did I notice myself avoiding this week?' });
    expect(journal.session.unsaved).toBe(false);
    expect((await readFile(journal.session.file)).equals(before)).toBe(true);
  });
});
