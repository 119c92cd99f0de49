import { describe, expect, it } from 'vitest';
import { openJournal } from './harness';

describe('reflection prompts', () => {
  it('come with a built-in set written for this app, about shifts, discomfort, small steps and avoidance', async () => {
    const journal = await openJournal();
    const prompts = await journal.call('prompts:list');
    expect(prompts.length).toBeGreaterThanOrEqual(8);
    expect(prompts.length).toBeLessThanOrEqual(12);
    expect(prompts.every((p) => p.builtIn && p.id.startsWith('builtin:'))).toBe(true);
    expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length);
    expect(prompts).toContainEqual({
      id: 'builtin:avoidance',
      text: 'What did I notice myself avoiding this week?',
      builtIn: true,
    });
    const all = prompts.map((p) => p.text).join(' ');
    for (const theme of [/avoid/i, /clicked/i, /small step/i, /uncomfortable/i, /different/i]) {
      expect(all).toMatch(theme);
    }
  });

  it('the person can add their own, kept after the built-ins and across unlocks', async () => {
    const journal = await openJournal();
    const list = await journal.call('prompts:add', { text: '  What did I not say to Mum?  ' });
    const own = list.filter((p) => !p.builtIn);
    expect(own).toEqual([{ id: 'id-1', text: 'What did I not say to Mum?', builtIn: false }]);
    expect(list.at(-1)).toEqual(own[0]);
    await journal.lockAndUnlock();
    expect((await journal.call('prompts:list')).filter((p) => !p.builtIn)).toEqual(own);
  });

  it('adding a prompt the person already has does not add it twice', async () => {
    const journal = await openJournal();
    const before = await journal.call('prompts:add', { text: 'What scared me?' });
    expect(await journal.call('prompts:add', { text: 'what SCARED me?' })).toEqual(before);
    const builtIn = before[0]!.text;
    expect(await journal.call('prompts:add', { text: builtIn })).toEqual(before);
  });

  it('an entry can use one of the person\u2019s prompts', async () => {
    const journal = await openJournal();
    const [, ...rest] = await journal.call('prompts:add', { text: 'What did I not say?' });
    const own = rest.find((p) => !p.builtIn)!;
    const entry = await journal.call('entries:create', { date: '2024-05-01', promptId: own.id });
    expect(entry.promptId).toBe(own.id);
  });

  it('removing one of the person\u2019s prompts removes it, and entries stop pointing at it', async () => {
    const journal = await openJournal();
    const added = await journal.call('prompts:add', { text: 'What did I not say?' });
    const own = added.find((p) => !p.builtIn)!;
    const entry = await journal.call('entries:create', {
      date: '2024-05-01',
      body: 'Quite a lot.',
      promptId: own.id,
    });
    const list = await journal.call('prompts:remove', { id: own.id });
    expect(list.some((p) => p.id === own.id)).toBe(false);
    const after = await journal.call('entries:get', { id: entry.id });
    expect(after).not.toHaveProperty('promptId');
    expect(after.body).toBe('Quite a lot.');
  });

  it('built-in prompts cannot be removed, and saying so is clear', async () => {
    const journal = await openJournal();
    await expect(journal.call('prompts:remove', { id: 'builtin:avoidance' })).rejects.toMatchObject(
      {
        code: 'BAD_INPUT',
        message: 'Built-in prompts cannot be removed, only your own.',
      },
    );
    await expect(journal.call('prompts:remove', { id: 'gone' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('a prompt too short or too long is refused', async () => {
    const journal = await openJournal();
    for (const text of ['', '  a ', 'x'.repeat(501)]) {
      await expect(journal.call('prompts:add', { text })).rejects.toMatchObject({
        code: 'BAD_INPUT',
      });
    }
  });
});
