import { describe, expect, it } from 'vitest';
import { detailsClearedBy } from '../../../shared/therapy/insight-details';
import {
  monthTotal,
  monthlyKindCounts,
  recentMonths,
} from '../../../shared/therapy/insight-months';

describe('insights per kind per month', () => {
  it('counts each kind in each month, oldest month first, leaving out months with none', () => {
    expect(
      monthlyKindCounts([
        { month: '2024-05', kind: 'breakthrough' },
        { month: '2024-03', kind: 'setback' },
        { month: '2024-05', kind: 'small-win' },
        { month: '2024-05', kind: 'breakthrough' },
      ]),
    ).toEqual([
      { month: '2024-03', counts: { setback: 1 } },
      { month: '2024-05', counts: { breakthrough: 2, 'small-win': 1 } },
    ]);
    expect(monthlyKindCounts([])).toEqual([]);
  });

  it('a chart gets the last months up to the newest, with the quiet months between', () => {
    const monthly = [
      { month: '2023-11', counts: { pattern: 1 } },
      { month: '2024-02', counts: { question: 2 } },
    ];
    expect(recentMonths(monthly, 12)).toEqual([
      { month: '2023-11', counts: { pattern: 1 } },
      { month: '2023-12', counts: {} },
      { month: '2024-01', counts: {} },
      { month: '2024-02', counts: { question: 2 } },
    ]);
    expect(recentMonths(monthly, 2).map((m) => m.month)).toEqual(['2024-01', '2024-02']);
    expect(recentMonths([], 12)).toEqual([]);
  });

  it('adds up a month', () => {
    expect(monthTotal({ month: '2024-05', counts: { breakthrough: 2, blocker: 3 } })).toBe(5);
    expect(monthTotal({ month: '2024-05', counts: {} })).toBe(0);
  });
});

describe('details a change of kind leaves behind', () => {
  it('names those set that the new kind does not have', () => {
    const breakthrough = { arrival: 'visceral', tone: 'uncomfortable' };
    expect(detailsClearedBy('blocker', breakthrough)).toEqual(['arrival', 'tone']);
    expect(detailsClearedBy('breakthrough', breakthrough)).toEqual([]);
    expect(detailsClearedBy('pattern', { tone: 'hopeful', arrival: null })).toEqual(['tone']);
    expect(detailsClearedBy('setback', { defence: 'avoidance' })).toEqual(['defence']);
    expect(detailsClearedBy('blocker', { defence: 'avoidance' })).toEqual([]);
  });
});
