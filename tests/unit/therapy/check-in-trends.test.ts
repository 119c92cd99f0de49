import { describe, expect, it } from 'vitest';
import {
  changesOf,
  daysBetween,
  inOrder,
  isMeaningfulChange,
  isSoonerThanInterval,
  lastCheckInDates,
  overlappingCheckIn,
  trendOf,
} from '../../../shared/therapy/check-in-trends';
import type { ScoredCheckIn } from '../../../shared/therapy/check-in-trends';
import type { Instrument } from '../../../shared/therapy/instruments';

let n = 0;
const taken = (instrument: Instrument, date: string, score: number, createdAt?: string) =>
  ({
    id: `c${++n}`,
    instrument,
    date,
    score,
    ...(createdAt ? { createdAt } : {}),
  }) as ScoredCheckIn;

describe('days between local days', () => {
  it('counts calendar days, across month ends, leap days and daylight-saving changes', () => {
    expect(daysBetween('2024-05-01', '2024-05-01')).toBe(0);
    expect(daysBetween('2024-05-01', '2024-05-15')).toBe(14);
    expect(daysBetween('2024-05-15', '2024-05-01')).toBe(-14);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    // Europe's clocks go forward on 31 March 2024 and back on 27 October: still whole days.
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });
});

describe('sooner than two weeks', () => {
  it('is true up to 13 days after the last check-in, false from 14', () => {
    expect(isSoonerThanInterval('2024-05-01', '2024-05-01')).toBe(true);
    expect(isSoonerThanInterval('2024-05-01', '2024-05-14')).toBe(true);
    expect(isSoonerThanInterval('2024-05-01', '2024-05-15')).toBe(false);
    expect(isSoonerThanInterval('2024-04-25', '2024-05-08')).toBe(true);
    expect(isSoonerThanInterval('2024-04-25', '2024-05-09')).toBe(false);
  });

  it('looks only at the last check-in of the same instrument', () => {
    const list = [
      taken('PHQ-9', '2024-04-01', 10),
      taken('PHQ-9', '2024-04-20', 8),
      taken('GAD-7', '2024-04-28', 6),
    ];
    expect(overlappingCheckIn(list, 'PHQ-9', '2024-04-30')).toEqual({
      lastDate: '2024-04-20',
      daysAgo: 10,
    });
    expect(overlappingCheckIn(list, 'PHQ-9', '2024-05-04')).toBeNull();
    expect(overlappingCheckIn(list, 'GAD-7', '2024-05-04')).toEqual({
      lastDate: '2024-04-28',
      daysAgo: 6,
    });
    expect(overlappingCheckIn([], 'GAD-7', '2024-05-04')).toBeNull();
  });
});

describe('the last check-in per instrument', () => {
  it('is the latest day, whatever order they were stored in; an unused instrument is absent', () => {
    const list = [taken('PHQ-9', '2024-06-02', 3), taken('PHQ-9', '2024-05-20', 9)];
    expect(lastCheckInDates(list)).toEqual({ 'PHQ-9': '2024-06-02' });
  });
});

describe('meaningful change', () => {
  it('is 5 points either way on the PHQ-9 and 4 on the GAD-7', () => {
    expect(isMeaningfulChange('PHQ-9', 4)).toBe(false);
    expect(isMeaningfulChange('PHQ-9', 5)).toBe(true);
    expect(isMeaningfulChange('PHQ-9', -5)).toBe(true);
    expect(isMeaningfulChange('PHQ-9', -4)).toBe(false);
    expect(isMeaningfulChange('GAD-7', 3)).toBe(false);
    expect(isMeaningfulChange('GAD-7', -4)).toBe(true);
    expect(isMeaningfulChange('GAD-7', 0)).toBe(false);
  });
});

describe('a trend', () => {
  it('compares each check-in with the first and the previous of its instrument', () => {
    const a = taken('PHQ-9', '2024-04-01', 16);
    const b = taken('PHQ-9', '2024-04-15', 13);
    const g = taken('GAD-7', '2024-04-16', 12);
    const c = taken('PHQ-9', '2024-05-01', 9);
    // Stored out of order: the trend still runs by day.
    const trend = trendOf([c, g, a, b], 'PHQ-9');
    expect(trend).toEqual([
      { checkIn: a },
      {
        checkIn: b,
        sinceFirst: { fromDate: '2024-04-01', fromScore: 16, points: -3, meaningful: false },
        sincePrevious: { fromDate: '2024-04-01', fromScore: 16, points: -3, meaningful: false },
      },
      {
        checkIn: c,
        sinceFirst: { fromDate: '2024-04-01', fromScore: 16, points: -7, meaningful: true },
        sincePrevious: { fromDate: '2024-04-15', fromScore: 13, points: -4, meaningful: false },
      },
    ]);
    expect(trendOf([c, g, a, b], 'GAD-7')).toEqual([{ checkIn: g }]);
    expect(changesOf([c, g, a, b], c.id)).toEqual(trend[2]);
    expect(changesOf([c, g, a, b], 'nope')).toBeUndefined();
  });

  it('a rise counts the same as a fall', () => {
    const trend = trendOf(
      [taken('GAD-7', '2024-04-01', 3), taken('GAD-7', '2024-04-20', 7)],
      'GAD-7',
    );
    expect(trend[1]!.sinceFirst).toEqual({
      fromDate: '2024-04-01',
      fromScore: 3,
      points: 4,
      meaningful: true,
    });
  });

  it('orders check-ins of the same day by when they were taken', () => {
    const later = taken('GAD-7', '2024-04-01', 5, '2024-04-01T18:00:00.000Z');
    const earlier = taken('GAD-7', '2024-04-01', 9, '2024-04-01T08:00:00.000Z');
    const old = taken('GAD-7', '2024-03-01', 1);
    expect(inOrder([later, earlier, old])).toEqual([old, earlier, later]);
  });
});
