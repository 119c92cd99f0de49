import { describe, expect, it } from 'vitest';
import { scaleFor } from '../../../renderer/src/features/progress/chart-scale';
import { periodParams, queryFor, readPeriod } from '../../../renderer/src/features/progress/period';

describe('the Progress screen’s period', () => {
  it('is the last 12 months unless the address says otherwise', () => {
    expect(readPeriod(new URLSearchParams())).toEqual({ kind: '12m' });
    expect(readPeriod(new URLSearchParams('period=bogus'))).toEqual({ kind: '12m' });
    expect(periodParams({ kind: '12m' }).toString()).toBe('');
  });

  it('last N months are whole calendar months: this one so far and the N − 1 before it', () => {
    expect(queryFor({ kind: '3m' }, '2024-03-10')).toEqual({
      query: { from: '2024-01-01', to: '2024-03-10' },
    });
    expect(queryFor({ kind: '12m' }, '2024-03-10')).toEqual({
      query: { from: '2023-04-01', to: '2024-03-10' },
    });
    expect(queryFor({ kind: 'all' }, '2024-03-10')).toEqual({ query: { to: '2024-03-10' } });
  });

  it('a custom period round-trips through the address, and a wrong one says why', () => {
    const custom = { kind: 'custom' as const, from: '2024-01-01', to: '2024-06-30' };
    expect(readPeriod(periodParams(custom))).toEqual(custom);
    expect(queryFor(custom, '2024-07-01')).toEqual({
      query: { from: '2024-01-01', to: '2024-06-30' },
    });
    expect(queryFor({ ...custom, to: '' }, '2024-07-01')).toEqual({
      problem: 'Choose the first and the last day of the period.',
    });
    expect(queryFor({ ...custom, from: '2024-07-01' }, '2024-07-01')).toEqual({
      problem: 'The period must end on or after its first day.',
    });
    expect(queryFor({ ...custom, from: '1900-01-01' }, '2024-07-01')).toEqual({
      problem: 'Choose a period of up to 100 years.',
    });
  });
});

describe('a chart’s value axis', () => {
  it('runs from 0 past the largest value in steps of 1, 2 or 5 times a power of ten', () => {
    expect(scaleFor([0, 1.75, 0.83])).toEqual({ min: 0, max: 2, ticks: [0, 0.5, 1, 1.5, 2] });
    expect(scaleFor([9000, 18000])).toEqual({
      min: 0,
      max: 20000,
      ticks: [0, 5000, 10000, 15000, 20000],
    });
  });

  it('labels counts with whole numbers, and an empty chart still has an axis', () => {
    expect(scaleFor([1, 2], { integer: true }).ticks).toEqual([0, 1, 2]);
    expect(scaleFor([], { integer: true })).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });

  it('goes below zero for a negative value, and keeps a fixed top (mood runs to 10)', () => {
    // A span of 50 is labelled every 20: the axis reaches the next step below −10.
    expect(scaleFor([-10, 40])).toEqual({ min: -20, max: 40, ticks: [-20, 0, 20, 40] });
    expect(scaleFor([7.5], { max: 10 }).max).toBe(10);
    expect(scaleFor([7.5], { max: 10 }).ticks).toEqual([0, 5, 10]);
  });
});
