import { describe, expect, it, vi } from 'vitest';
import { TestClock } from '../entries/harness';
import { openTherapyJournal, refusal } from './journal';

const noon = () => new TestClock(new Date('2024-05-01T12:00:00.000Z'));

describe('therapy sessions', () => {
  it('a session keeps its date, time, cost in minor units, therapist, reflection and homework', async () => {
    const journal = await openTherapyJournal(noon());
    const session = await journal.call('sessions:create', {
      date: '2024-04-30',
      durationMinutes: 50,
      cost: { minorUnits: 9050, currency: 'EUR' },
      therapist: ' Dr. Rivera ',
      reflection: 'We talked about my father.',
      homework: [
        { text: 'Notice avoidance', status: 'open' },
        { text: 'Breathing', status: 'tried', note: 'twice' },
      ],
    });
    expect(session).toEqual({
      id: 'id-1',
      date: '2024-04-30',
      durationMinutes: 50,
      cost: { minorUnits: 9050, currency: 'EUR' },
      therapist: 'Dr. Rivera',
      prepNote: '',
      reflection: 'We talked about my father.',
      homework: [
        { id: 'id-2', text: 'Notice avoidance', status: 'open' },
        { id: 'id-3', text: 'Breathing', status: 'tried', note: 'twice' },
      ],
      discussedInsightIds: [],
    });
    await journal.lockAndUnlock();
    expect(await journal.call('sessions:get', { id: session.id })).toEqual(session);
  });

  it('a cost without a currency is in the one chosen in Settings; a session may use another', async () => {
    const journal = await openTherapyJournal(noon());
    await journal.call('settings:update', { currency: 'JPY' });
    const inSettings = await journal.call('sessions:create', {
      date: '2024-04-30',
      durationMinutes: 50,
      cost: { minorUnits: 12000 },
    });
    expect(inSettings.cost).toEqual({ minorUnits: 12000, currency: 'JPY' });
    const own = await journal.call('sessions:create', {
      date: '2024-04-30',
      durationMinutes: 50,
      cost: { minorUnits: 8000, currency: 'GBP' },
    });
    expect(own.cost).toEqual({ minorUnits: 8000, currency: 'GBP' });
    const free = await journal.call('sessions:update', { id: own.id, patch: { cost: null } });
    expect(free).not.toHaveProperty('cost');
  });

  it('money is a non-negative whole number of minor units; durations run 1 to 1440 minutes', async () => {
    const journal = await openTherapyJournal(noon());
    const bad = [
      { date: '2024-04-30', durationMinutes: 50, cost: { minorUnits: -1, currency: 'EUR' } },
      { date: '2024-04-30', durationMinutes: 50, cost: { minorUnits: 90.5, currency: 'EUR' } },
      { date: '2024-04-30', durationMinutes: 50, cost: { minorUnits: 100, currency: 'euro' } },
      { date: '2024-04-30', durationMinutes: 0 },
      { date: '2024-04-30', durationMinutes: 1441 },
      { date: '2024-04-30', durationMinutes: 50.5 },
      { date: '2024-02-30x', durationMinutes: 50 },
    ];
    for (const input of bad) {
      expect(await refusal(journal.call('sessions:create', input))).toBe('BAD_INPUT');
    }
    for (const durationMinutes of [1, 1440]) {
      await journal.call('sessions:create', { date: '2024-04-30', durationMinutes });
    }
    expect(await journal.call('sessions:list')).toHaveLength(2);
  });

  it('lists newest first; of two on one day, the one logged later first', async () => {
    const journal = await openTherapyJournal(noon());
    const log = (date: string, therapist: string) =>
      journal.call('sessions:create', { date, durationMinutes: 50, therapist });
    await log('2024-04-02', 'b');
    await log('2024-04-16', 'c');
    await log('2024-03-20', 'a');
    await log('2024-04-16', 'd');
    expect((await journal.call('sessions:list')).map((s) => s.therapist)).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
  });

  it('homework items keep their ids across updates; new ones get ids; unknown ids are refused', async () => {
    const journal = await openTherapyJournal(noon());
    const session = await journal.call('sessions:create', {
      date: '2024-04-30',
      durationMinutes: 50,
      homework: [
        { text: 'one', status: 'open' },
        { text: 'two', status: 'open' },
      ],
    });
    const [one, two] = session.homework;
    const updated = await journal.call('sessions:update', {
      id: session.id,
      patch: {
        homework: [
          { id: two!.id, text: 'two', status: 'done', note: 'it helped' },
          { text: 'three', status: 'open' },
        ],
      },
    });
    expect(updated.homework).toEqual([
      { id: two!.id, text: 'two', status: 'done', note: 'it helped' },
      { id: 'id-4', text: 'three', status: 'open' },
    ]);
    expect(
      await refusal(
        journal.call('sessions:update', {
          id: session.id,
          patch: { homework: [{ id: one!.id, text: 'one', status: 'open' }] },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await refusal(
        journal.call('sessions:update', {
          id: session.id,
          patch: {
            homework: [
              { id: two!.id, text: 'a', status: 'open' },
              { id: two!.id, text: 'b', status: 'open' },
            ],
          },
        }),
      ),
    ).toBe('BAD_INPUT');
    expect((await journal.call('sessions:get', { id: session.id })).homework).toEqual(
      updated.homework,
    );
  });

  it('an update names only what changes; an empty therapist clears it; no change, no write', async () => {
    const journal = await openTherapyJournal(noon());
    const session = await journal.call('sessions:create', {
      date: '2024-04-30',
      durationMinutes: 50,
      therapist: 'Sam',
      cost: { minorUnits: 100, currency: 'EUR' },
    });
    const moved = await journal.call('sessions:update', {
      id: session.id,
      patch: { date: '2024-05-01', therapist: '' },
    });
    expect(moved).toEqual({ ...session, date: '2024-05-01', therapist: undefined });
    expect(moved).not.toHaveProperty('therapist');
    const change = vi.spyOn(journal.session, 'change');
    await journal.call('sessions:update', {
      id: session.id,
      patch: { durationMinutes: 50, cost: { minorUnits: 100, currency: 'EUR' } },
    });
    expect(change).not.toHaveBeenCalled();
  });

  it('unknown sessions are NOT_FOUND', async () => {
    const journal = await openTherapyJournal(noon());
    expect(await refusal(journal.call('sessions:get', { id: 'nope' }))).toBe('NOT_FOUND');
    expect(
      await refusal(journal.call('sessions:update', { id: 'nope', patch: { durationMinutes: 5 } })),
    ).toBe('NOT_FOUND');
    expect(await refusal(journal.call('sessions:delete', { id: 'nope' }))).toBe('NOT_FOUND');
  });
});

describe('insights discussed in a session', () => {
  async function withInsights() {
    const journal = await openTherapyJournal(noon());
    const entry = await journal.call('entries:create', { date: '2024-04-28' });
    const a = await journal.addInsight({ entryId: entry.id, bringToSession: true });
    const b = await journal.addInsight({ entryId: entry.id, bringToSession: true });
    return { journal, entry, a, b };
  }

  it('picking marks them discussed in the session; unpicking and deleting un-mark them', async () => {
    const { journal, a, b } = await withInsights();
    const session = await journal.call('sessions:create', {
      date: '2024-04-30',
      durationMinutes: 50,
      discussedInsightIds: [a.id, b.id, a.id],
    });
    expect(session.discussedInsightIds).toEqual([a.id, b.id]);
    expect(journal.insight(a.id)?.discussedInSessionId).toBe(session.id);
    expect(journal.insight(b.id)?.discussedInSessionId).toBe(session.id);

    await journal.call('sessions:update', {
      id: session.id,
      patch: { discussedInsightIds: [b.id] },
    });
    expect(journal.insight(a.id)).not.toHaveProperty('discussedInSessionId');
    expect(journal.insight(b.id)?.discussedInSessionId).toBe(session.id);

    await journal.call('sessions:delete', { id: session.id });
    expect(journal.insight(b.id)).not.toHaveProperty('discussedInSessionId');
    expect(journal.insight(b.id)?.bringToSession).toBe(true);
  });

  it('unknown insights and insights of entries in the trash are NOT_FOUND, and nothing changes', async () => {
    const { journal, entry, a } = await withInsights();
    expect(
      await refusal(
        journal.call('sessions:create', {
          date: '2024-04-30',
          durationMinutes: 50,
          discussedInsightIds: ['nope'],
        }),
      ),
    ).toBe('NOT_FOUND');
    await journal.call('entries:delete', { id: entry.id });
    expect(
      await refusal(
        journal.call('sessions:create', {
          date: '2024-04-30',
          durationMinutes: 50,
          discussedInsightIds: [a.id],
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(await journal.call('sessions:list')).toEqual([]);
    expect(journal.insight(a.id)).not.toHaveProperty('discussedInSessionId');
  });

  it('an insight discussed in one session is not taken over by another', async () => {
    const { journal, a } = await withInsights();
    const first = await journal.call('sessions:create', {
      date: '2024-04-30',
      durationMinutes: 50,
      discussedInsightIds: [a.id],
    });
    const second = await journal.call('sessions:create', {
      date: '2024-05-01',
      durationMinutes: 50,
    });
    expect(
      await refusal(
        journal.call('sessions:update', { id: second.id, patch: { discussedInsightIds: [a.id] } }),
      ),
    ).toBe('BAD_INPUT');
    expect(journal.insight(a.id)?.discussedInSessionId).toBe(first.id);
  });

  it('those hidden with an entry in the trash stay linked, and come back with it', async () => {
    const { journal, entry, a, b } = await withInsights();
    const other = await journal.call('entries:create', { date: '2024-04-29' });
    const c = await journal.addInsight({ entryId: other.id, bringToSession: true });
    const session = await journal.call('sessions:create', {
      date: '2024-04-30',
      durationMinutes: 50,
      discussedInsightIds: [a.id, c.id],
    });
    await journal.call('entries:delete', { id: entry.id });
    // The page no longer sees `a`; it sends what it sees, plus `b`... which is in the trash too.
    expect(
      await refusal(
        journal.call('sessions:update', {
          id: session.id,
          patch: { discussedInsightIds: [c.id, b.id] },
        }),
      ),
    ).toBe('NOT_FOUND');
    const updated = await journal.call('sessions:update', {
      id: session.id,
      patch: { discussedInsightIds: [] },
    });
    expect(updated.discussedInsightIds).toEqual([a.id]);
    expect(journal.insight(c.id)).not.toHaveProperty('discussedInSessionId');
    await journal.call('entries:restore', { id: entry.id });
    expect(journal.insight(a.id)?.discussedInSessionId).toBe(session.id);
  });

  it('purging an entry removes its insights from the sessions that discussed them', async () => {
    const { journal, entry, a } = await withInsights();
    const session = await journal.call('sessions:create', {
      date: '2024-04-30',
      durationMinutes: 50,
      discussedInsightIds: [a.id],
    });
    await journal.call('entries:delete', { id: entry.id });
    await journal.call('entries:purge', { id: entry.id });
    expect((await journal.call('sessions:get', { id: session.id })).discussedInsightIds).toEqual(
      [],
    );
  });
});
