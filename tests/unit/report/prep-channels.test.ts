import { describe, expect, it } from 'vitest';
import { TestClock } from '../entries/harness';
import { openTherapyJournal, refusal } from '../therapy/journal';

// 1 May 2024, noon UTC: the same local day in every time zone the suite runs in.
const noon = () => new TestClock(new Date('2024-05-01T12:00:00.000Z'));

const fields = {
  oneThing: ' Why I freeze when my boss calls ',
  topics: ['Work', ' ', 'Sleep '],
  aboutTherapy: 'It helps, slowly.',
  draft: '## What happened\n\n- Tuesday: walk',
};

describe('prep:draft and prep:save', () => {
  it('saving creates the session on that day, with the note as its prep note, and reopens it', async () => {
    const journal = await openTherapyJournal(noon());
    await journal.call('sessions:create', {
      date: '2024-04-24',
      durationMinutes: 45,
      therapist: 'Dr. Rivera',
    });
    await journal.call('settings:update', { nextSessionDate: '2024-05-08' });
    const before = await journal.call('prep:draft', {});
    expect(before.date).toBe('2024-05-08');
    expect(before.saved).toBeUndefined();
    expect(before.draft.period.from).toBe('2024-04-24');

    const saved = await journal.call('prep:save', { date: '2024-05-08', ...fields });
    expect(saved.created).toBe(true);
    expect(saved.prepNote).toBe(
      [
        '## The one thing I most want to talk about',
        '',
        'Why I freeze when my boss calls',
        '',
        '## Topics, most important first',
        '',
        '1. Work',
        '2. Sleep',
        '',
        '## What happened',
        '',
        '- Tuesday: walk',
        '',
        '## How I feel about therapy itself right now',
        '',
        'It helps, slowly.',
        '',
      ].join('\n'),
    );
    const session = await journal.call('sessions:get', { id: saved.sessionId });
    expect(session).toMatchObject({
      date: '2024-05-08',
      durationMinutes: 45,
      therapist: 'Dr. Rivera',
      prepNote: saved.prepNote,
      reflection: '',
      homework: [],
      prep: {
        oneThing: 'Why I freeze when my boss calls',
        topics: ['Work', 'Sleep'],
        aboutTherapy: 'It helps, slowly.',
        draft: fields.draft,
        savedAt: '2024-05-01T12:00:00.000Z',
      },
    });

    await journal.lockAndUnlock();
    const reopened = await journal.call('prep:draft', {});
    expect(reopened.saved).toEqual({
      sessionId: saved.sessionId,
      date: '2024-05-08',
      prepNote: saved.prepNote,
      fields: saved.fields,
    });

    const changed = await journal.call('prep:save', {
      date: '2024-05-08',
      ...fields,
      topics: ['Sleep', 'Work'],
    });
    expect(changed.created).toBe(false);
    expect(changed.sessionId).toBe(saved.sessionId);
    expect(changed.prepNote).toContain('1. Sleep\n2. Work');
    expect(await journal.call('sessions:list')).toHaveLength(2);
  });

  it('an existing session on that day takes the note; other fields stay as logged', async () => {
    const journal = await openTherapyJournal(noon());
    const planned = await journal.call('sessions:create', {
      date: '2024-05-03',
      durationMinutes: 60,
      cost: { minorUnits: 9000, currency: 'EUR' },
    });
    const saved = await journal.call('prep:save', { date: '2024-05-03', ...fields });
    expect(saved).toMatchObject({ sessionId: planned.id, created: false });
    const session = await journal.call('sessions:get', { id: planned.id });
    expect(session.cost).toEqual({ minorUnits: 9000, currency: 'EUR' });
    expect(session.durationMinutes).toBe(60);
    // Asked for by day, without a next session date in Settings.
    expect((await journal.call('prep:draft', { date: '2024-05-03' })).saved?.sessionId).toBe(
      planned.id,
    );
    expect((await journal.call('prep:draft', {})).date).toBeUndefined();
  });

  it('once the session is logged the note is kept as it was', async () => {
    const journal = await openTherapyJournal(noon());
    const saved = await journal.call('prep:save', { date: '2024-05-01', ...fields });
    await journal.call('sessions:update', {
      id: saved.sessionId,
      patch: { reflection: 'We talked about work.' },
    });
    expect(await refusal(journal.call('prep:save', { date: '2024-05-01', ...fields }))).toBe(
      'BAD_INPUT',
    );
    expect((await journal.call('prep:draft', { date: '2024-05-01' })).saved).toBeUndefined();

    const ahead = await journal.call('prep:save', { date: '2024-05-02', ...fields });
    journal.clock.advanceDays(2);
    await expect(journal.call('prep:save', { date: '2024-05-02', ...fields })).rejects.toThrow(
      'That day has passed',
    );
    const session = await journal.call('sessions:get', { id: ahead.sessionId });
    expect(session.prepNote).toBe(ahead.prepNote);
  });

  it('bad input is refused with a message a person can act on, and nothing is written', async () => {
    const journal = await openTherapyJournal(noon());
    const empty = { oneThing: ' ', topics: [' '], aboutTherapy: '', draft: '\n' };
    await expect(journal.call('prep:save', { date: '2024-05-08', ...empty })).rejects.toThrow(
      'The note is empty',
    );
    await expect(
      journal.call('prep:save', { date: '2024-05-08', ...fields, oneThing: 'x'.repeat(1001) }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(
      journal.call('prep:save', { date: '2024-13-08', ...fields }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(
      journal.call('prep:save', {
        date: '2024-05-08',
        ...fields,
        topics: Array.from({ length: 31 }, (_, i) => `Topic ${i}`),
      }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await journal.call('sessions:list')).toEqual([]);
  });
});
