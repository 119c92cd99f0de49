import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDayOf, monthsBetween } from '../../../shared/therapy/days';
import { goalTimeline } from '../../../shared/therapy/goal-timeline';

describe('local days and months', () => {
  it('the local day of an instant is the calendar day on the person’s clock', () => {
    expect(localDayOf(new Date(2024, 0, 31, 23, 59))).toBe('2024-01-31');
    expect(localDayOf(new Date(2024, 1, 1, 0, 0))).toBe('2024-02-01');
  });

  it('counts and adds whole days across months, years and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-05-10', '2024-05-01')).toBe(-9);
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('lists the months between two, inclusive, across a year end', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(monthsBetween('2024-02', '2024-02')).toEqual(['2024-02']);
    expect(monthsBetween('2024-03', '2024-02')).toEqual([]);
  });
});

describe('a goal’s timeline', () => {
  it('runs from its creation to this month, quiet months kept as zeros', () => {
    expect(
      goalTimeline({
        createdDay: '2023-12-15',
        today: '2024-03-02',
        stepDoneDays: ['2023-12-20', '2024-02-01', '2024-02-29'],
        insights: [
          { day: '2024-02-10', kind: 'small-win' },
          { day: '2024-02-11', kind: 'breakthrough' },
          { day: '2024-02-12', kind: 'setback' },
          { day: '2024-03-01', kind: 'small-win' },
        ],
      }),
    ).toEqual([
      { month: '2023-12', stepsDone: 1, smallWins: 0, breakthroughs: 0 },
      { month: '2024-01', stepsDone: 0, smallWins: 0, breakthroughs: 0 },
      { month: '2024-02', stepsDone: 2, smallWins: 1, breakthroughs: 1 },
      { month: '2024-03', stepsDone: 0, smallWins: 1, breakthroughs: 0 },
    ]);
  });

  it('starts earlier when an older entry is linked, and a new goal has one month', () => {
    expect(
      goalTimeline({
        createdDay: '2024-03-05',
        today: '2024-03-05',
        stepDoneDays: [],
        insights: [{ day: '2024-01-20', kind: 'breakthrough' }],
      }).map((m) => m.month),
    ).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(
      goalTimeline({
        createdDay: '2024-03-05',
        today: '2024-03-05',
        stepDoneDays: [],
        insights: [],
      }),
    ).toEqual([{ month: '2024-03', stepsDone: 0, smallWins: 0, breakthroughs: 0 }]);
  });
});
