import { describe, expect, it } from 'vitest';
import type { CheckIn, Session } from '../../../shared/domain';
import {
  daysUntilNextSession,
  dueCheckIns,
  latestSession,
  nextSessionText,
  therapyGlance,
} from '../../../shared/therapy/glance';
import { TestClock } from '../entries/harness';
import { openTherapyJournal } from './journal';

const session = (id: string, date: string, homework: Session['homework'] = []): Session => ({
  id,
  date,
  durationMinutes: 50,
  prepNote: '',
  reflection: '',
  homework,
  discussedInsightIds: [],
});
const checkIn = (instrument: CheckIn['instrument'], date: string) => ({ instrument, date });

describe('the next session', () => {
  it('counts local days to it, and says nothing once it has passed', () => {
    expect(daysUntilNextSession('2024-05-01', undefined)).toBeNull();
    expect(daysUntilNextSession('2024-05-01', '2024-04-30')).toBeNull();
    expect(daysUntilNextSession('2024-05-01', '2024-05-01')).toBe(0);
    expect(daysUntilNextSession('2024-05-01', '2024-05-02')).toBe(1);
    expect(daysUntilNextSession('2024-02-27', '2024-03-01')).toBe(3); // leap year
    expect(daysUntilNextSession('2023-12-30', '2024-01-06')).toBe(7);
    // Across a daylight-saving change in Europe (31 March) and North America (10 March).
    expect(daysUntilNextSession('2024-03-30', '2024-04-02')).toBe(3);
    expect(daysUntilNextSession('2024-03-09', '2024-03-11')).toBe(2);
  });

  it('reads as today, tomorrow, or in N days', () => {
    expect(nextSessionText(0)).toBe('Next session today');
    expect(nextSessionText(1)).toBe('Next session tomorrow');
    expect(nextSessionText(2)).toBe('Next session in 2 days');
    expect(nextSessionText(30)).toBe('Next session in 30 days');
  });
});

describe('the last session', () => {
  it('is the latest dated on or before today; of two that day, the one logged later', () => {
    const sessions = [
      session('a', '2024-04-10'),
      session('b', '2024-04-24'),
      session('c', '2024-04-24'),
      session('d', '2024-05-08'),
      session('e', '2024-04-17'),
    ];
    expect(latestSession(sessions, '2024-05-01')?.id).toBe('c');
    expect(latestSession(sessions, '2024-05-08')?.id).toBe('d');
    expect(latestSession(sessions, '2024-04-09')).toBeUndefined();
    expect(latestSession([], '2024-05-01')).toBeUndefined();
  });
});

describe('check-ins due', () => {
  it('lists each instrument used whose latest check-in is 14 days old or more', () => {
    const checkIns = [
      checkIn('GAD-7', '2024-04-01'),
      checkIn('GAD-7', '2024-04-17'),
      checkIn('PHQ-9', '2024-04-18'),
    ];
    expect(dueCheckIns(checkIns, '2024-04-30')).toEqual([]);
    expect(dueCheckIns(checkIns, '2024-05-01')).toEqual([
      { instrument: 'GAD-7', lastDate: '2024-04-17' },
    ]);
    expect(dueCheckIns(checkIns, '2024-05-02')).toEqual([
      { instrument: 'PHQ-9', lastDate: '2024-04-18' },
      { instrument: 'GAD-7', lastDate: '2024-04-17' },
    ]);
  });

  it('never asks for an instrument the person has not used', () => {
    expect(dueCheckIns([], '2024-05-01')).toEqual([]);
    expect(dueCheckIns([checkIn('PHQ-9', '2023-01-01')], '2024-05-01')).toEqual([
      { instrument: 'PHQ-9', lastDate: '2023-01-01' },
    ]);
  });
});

describe('the glance', () => {
  it('shows only the open homework of the last session, not of older ones', () => {
    const glance = therapyGlance(
      {
        settings: { nextSessionDate: '2024-05-08' },
        sessions: [
          session('old', '2024-04-17', [{ id: 'h0', text: 'old', status: 'open' }]),
          session('last', '2024-04-24', [
            { id: 'h1', text: 'walk', status: 'open' },
            { id: 'h2', text: 'call', status: 'done' },
            { id: 'h3', text: 'write', status: 'open', note: 'short' },
          ]),
        ],
        checkIns: [],
      },
      '2024-05-01',
    );
    expect(glance).toEqual({
      nextSessionDate: '2024-05-08',
      openHomework: {
        sessionId: 'last',
        sessionDate: '2024-04-24',
        items: [
          { id: 'h1', text: 'walk', status: 'open' },
          { id: 'h3', text: 'write', status: 'open', note: 'short' },
        ],
      },
      checkInsDue: [],
    });
  });

  it('has no homework when the last session left none open', () => {
    const glance = therapyGlance(
      {
        settings: {},
        sessions: [
          session('old', '2024-04-17', [{ id: 'h0', text: 'old', status: 'open' }]),
          session('last', '2024-04-24', [{ id: 'h1', text: 'walk', status: 'tried' }]),
        ],
        checkIns: [],
      },
      '2024-05-01',
    );
    expect(glance).toEqual({ checkInsDue: [] });
  });

  it('comes through its channel for today on the person’s clock', async () => {
    const journal = await openTherapyJournal(new TestClock(new Date('2024-05-01T12:00:00.000Z')));
    expect(await journal.call('therapy:glance')).toEqual({ checkInsDue: [] });
    await journal.call('settings:update', { nextSessionDate: '2024-05-03' });
    const logged = await journal.call('sessions:create', {
      date: '2024-04-26',
      durationMinutes: 50,
      homework: [{ text: 'Breathe before answering', status: 'open' }],
    });
    await journal.session.change((doc) =>
      doc.checkIns.push({
        id: 'c1',
        date: '2024-04-17',
        instrument: 'GAD-7',
        answers: [1, 1, 1, 1, 1, 1, 1],
        score: 7,
        band: 'mild',
      }),
    );
    expect(await journal.call('therapy:glance')).toEqual({
      nextSessionDate: '2024-05-03',
      openHomework: {
        sessionId: logged.id,
        sessionDate: '2024-04-26',
        items: logged.homework,
      },
      checkInsDue: [{ instrument: 'GAD-7', lastDate: '2024-04-17' }],
    });
    await journal.call('sessions:update', {
      id: logged.id,
      patch: { homework: [{ ...logged.homework[0]!, status: 'done' }] },
    });
    await journal.call('settings:update', { nextSessionDate: null });
    journal.clock.advanceDays(-2);
    expect(await journal.call('therapy:glance')).toEqual({ checkInsDue: [] });
  });
});
