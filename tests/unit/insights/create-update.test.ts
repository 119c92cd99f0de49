import { describe, expect, it, vi } from 'vitest';
import { openJournal } from '../entries/harness';
import { addGoal, entryWith, insightOn } from './steps';

describe('marking an insight', () => {
  it('a passage is marked with its quote, its details and goals, and read back after a lock', async () => {
    const journal = await openJournal();
    await addGoal(journal, 'g1');
    const entryId = await entryWith(journal, '2024-05-01', 'I felt it in my chest.', 'Tuesday');
    const created = await journal.call(
      'insights:create',
      insightOn(entryId, {
        quote: 'felt it in my chest',
        kind: 'breakthrough',
        arrival: 'visceral',
        tone: 'uncomfortable',
        intensity: 8,
        note: '  It was about home.  ',
        goalIds: ['g1', 'g1'],
        bringToSession: true,
      }),
    );
    expect(created).toEqual({
      id: 'id-2',
      entryId,
      quote: 'felt it in my chest',
      kind: 'breakthrough',
      arrival: 'visceral',
      tone: 'uncomfortable',
      intensity: 8,
      note: 'It was about home.',
      goalIds: ['g1'],
      bringToSession: true,
      createdAt: '2024-05-01T09:00:00.000Z',
      entryDate: '2024-05-01',
      entryTitle: 'Tuesday',
      entryShareLevel: 'private',
      // The editor marks the words once it has the insight's id.
      passage: 'removed',
    });
    await journal.lockAndUnlock();
    expect(await journal.call('insights:get', { id: created.id })).toEqual(created);
  });

  it('without a quote it is about the whole entry', async () => {
    const journal = await openJournal();
    const entryId = await entryWith(journal, '2024-05-01', 'Words.');
    const insight = await journal.call('insights:create', insightOn(entryId));
    expect(insight.passage).toBe('whole-entry');
    expect(insight).not.toHaveProperty('quote');
  });

  it('an entry that is gone or in the trash cannot be marked', async () => {
    const journal = await openJournal();
    await expect(journal.call('insights:create', insightOn('nope'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'That entry no longer exists.',
    });
    const entryId = await entryWith(journal, '2024-05-01', 'Words.');
    await journal.call('entries:delete', { id: entryId });
    await expect(journal.call('insights:create', insightOn(entryId))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/in the trash/),
    });
    expect(journal.session.read((doc) => doc.insights)).toEqual([]);
  });

  it('a goal that does not exist is refused, and nothing is written', async () => {
    const journal = await openJournal();
    await addGoal(journal, 'g1');
    const entryId = await entryWith(journal, '2024-05-01', 'Words.');
    const change = vi.spyOn(journal.session, 'change');
    await expect(
      journal.call('insights:create', insightOn(entryId, { goalIds: ['g1', 'gone'] })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/goal/) });
    expect(change).not.toHaveBeenCalled();
  });

  it.each([
    [
      { kind: 'pattern', tone: 'hopeful' },
      'How it arrived and its tone describe breakthroughs only.',
    ],
    [
      { kind: 'small-win', arrival: 'cognitive' },
      'How it arrived and its tone describe breakthroughs only.',
    ],
    [
      { kind: 'breakthrough', defence: 'avoidance' },
      'What got in the way describes blockers only.',
    ],
  ] as const)(
    'details that do not fit the kind are refused with a reason (%o)',
    async (details, message) => {
      const journal = await openJournal();
      const entryId = await entryWith(journal, '2024-05-01', 'Words.');
      await expect(
        journal.call('insights:create', insightOn(entryId, details)),
      ).rejects.toMatchObject({ code: 'BAD_INPUT', message });
    },
  );

  it('null details are the same as none', async () => {
    const journal = await openJournal();
    const entryId = await entryWith(journal, '2024-05-01', 'Words.');
    const insight = await journal.call(
      'insights:create',
      insightOn(entryId, { kind: 'pattern', arrival: null, tone: null, defence: null }),
    );
    expect(insight).not.toHaveProperty('arrival');
    expect(insight).not.toHaveProperty('tone');
    expect(insight).not.toHaveProperty('defence');
  });

  it('the schema refuses what no screen sends: intensity 11, an empty quote', async () => {
    const journal = await openJournal();
    const entryId = await entryWith(journal, '2024-05-01', 'Words.');
    await expect(
      journal.call('insights:create', insightOn(entryId, { intensity: 11 })),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(
      journal.call('insights:create', insightOn(entryId, { quote: '   ' })),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('changing an insight', () => {
  async function breakthrough() {
    const journal = await openJournal();
    const entryId = await entryWith(journal, '2024-05-01', 'Words.');
    const insight = await journal.call(
      'insights:create',
      insightOn(entryId, { kind: 'breakthrough', arrival: 'visceral', tone: 'uncomfortable' }),
    );
    return { journal, entryId, insight };
  }

  it('a new kind clears the details it does not have and says which', async () => {
    const { journal, insight } = await breakthrough();
    const { insight: blocker, cleared } = await journal.call('insights:update', {
      id: insight.id,
      patch: { kind: 'blocker', defence: 'overly-logical' },
    });
    expect(cleared).toEqual(['arrival', 'tone']);
    expect(blocker).toMatchObject({ kind: 'blocker', defence: 'overly-logical' });
    expect(blocker).not.toHaveProperty('arrival');
    expect(blocker).not.toHaveProperty('tone');
    await journal.lockAndUnlock();
    expect(await journal.call('insights:get', { id: insight.id })).toEqual(blocker);

    const back = await journal.call('insights:update', {
      id: insight.id,
      patch: { kind: 'breakthrough' },
    });
    expect(back.cleared).toEqual(['defence']);
    expect(back.insight).not.toHaveProperty('defence');
  });

  it('details the patch clears itself are not reported as cleared by the kind', async () => {
    const { journal, insight } = await breakthrough();
    const { cleared, insight: next } = await journal.call('insights:update', {
      id: insight.id,
      patch: { kind: 'pattern', arrival: null, tone: null },
    });
    expect(cleared).toEqual([]);
    expect(next.kind).toBe('pattern');
    expect(next).not.toHaveProperty('tone');
  });

  it('null clears one detail and keeps the others', async () => {
    const { journal, insight } = await breakthrough();
    const { insight: next, cleared } = await journal.call('insights:update', {
      id: insight.id,
      patch: { tone: null },
    });
    expect(cleared).toEqual([]);
    expect(next.arrival).toBe('visceral');
    expect(next).not.toHaveProperty('tone');
  });

  it('a detail that does not fit the stored kind is refused, and the insight stays as it was', async () => {
    const { journal, insight } = await breakthrough();
    await expect(
      journal.call('insights:update', { id: insight.id, patch: { defence: 'avoidance' } }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'What got in the way describes blockers only.',
    });
    await expect(
      journal.call('insights:update', {
        id: insight.id,
        patch: { kind: 'question', tone: 'hopeful' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await journal.call('insights:get', { id: insight.id })).toEqual(insight);
  });

  it('changes the rest: intensity, note, goals, bring to session, quote', async () => {
    const { journal, insight } = await breakthrough();
    await addGoal(journal, 'g2');
    const { insight: next } = await journal.call('insights:update', {
      id: insight.id,
      patch: {
        intensity: 2,
        note: 'Smaller now.',
        goalIds: ['g2'],
        bringToSession: true,
        quote: 'the words',
      },
    });
    expect(next).toMatchObject({
      intensity: 2,
      note: 'Smaller now.',
      goalIds: ['g2'],
      bringToSession: true,
      quote: 'the words',
      passage: 'removed',
    });
    await expect(
      journal.call('insights:update', { id: insight.id, patch: { goalIds: ['gone'] } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a patch that changes nothing writes nothing', async () => {
    const { journal, insight } = await breakthrough();
    const change = vi.spyOn(journal.session, 'change');
    const same = await journal.call('insights:update', {
      id: insight.id,
      patch: { kind: 'breakthrough', tone: 'uncomfortable', note: insight.note },
    });
    expect(same).toEqual({ insight, cleared: [] });
    expect(change).not.toHaveBeenCalled();
  });

  it('an insight that is gone cannot be changed or read', async () => {
    const journal = await openJournal();
    await expect(
      journal.call('insights:update', { id: 'nope', patch: { intensity: 1 } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'That insight no longer exists.' });
    await expect(journal.call('insights:get', { id: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
