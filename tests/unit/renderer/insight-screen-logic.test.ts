import { describe, expect, it } from 'vitest';
import { countTicks, niceCeiling } from '../../../renderer/src/features/insights/chart-scale';
import {
  filterFromParams,
  paramsFromFilter,
} from '../../../renderer/src/features/insights/filter-params';
import { clearedMessage, detailsText } from '../../../renderer/src/features/insights/insight-words';

describe('what the page says about an insight', () => {
  it('says which details a change of kind cleared, and why', () => {
    expect(clearedMessage(['arrival', 'tone'])).toBe(
      'Tone and how it arrived apply to breakthroughs only, so they were cleared.',
    );
    expect(clearedMessage(['tone'])).toBe('Tone applies to breakthroughs only, so it was cleared.');
    expect(clearedMessage(['arrival'])).toBe(
      'How it arrived applies to breakthroughs only, so it was cleared.',
    );
    expect(clearedMessage(['defence'])).toBe(
      'What got in the way applies to blockers only, so it was cleared.',
    );
    expect(clearedMessage([])).toBe('');
  });

  it('puts a breakthrough’s arrival and tone, or a blocker’s defence, into words', () => {
    expect(detailsText({ arrival: 'visceral', tone: 'uncomfortable' })).toBe(
      'Felt — visceral · Uncomfortable',
    );
    expect(detailsText({ defence: 'not-truthful' })).toBe(
      'What got in the way: Not being fully truthful',
    );
    expect(detailsText({})).toBe('');
  });
});

describe('the Insights screen’s filters in the address', () => {
  it('round-trip through the search params', () => {
    const filter = {
      kind: 'blocker' as const,
      goalId: 'g-1',
      from: '2024-01-01',
      to: '2024-12-31',
      bringToSession: true,
      notDiscussed: true,
    };
    expect(filterFromParams(paramsFromFilter(filter))).toEqual(filter);
    expect(paramsFromFilter({}).toString()).toBe('');
  });

  it('ignores what is not a filter instead of failing on it', () => {
    const params = new URLSearchParams(
      'kind=epiphany&from=2024-13-01&to=yesterday&bring=yes&undiscussed=1&goal=',
    );
    expect(filterFromParams(params)).toEqual({ notDiscussed: true });
  });
});

describe('the chart’s count axis', () => {
  it('tops out at a round number at or above the largest bar', () => {
    expect([0, 1, 3, 5, 6, 11, 20, 21, 49, 51, 140].map(niceCeiling)).toEqual([
      1, 1, 3, 5, 10, 20, 20, 50, 50, 100, 200,
    ]);
  });

  it('draws whole-number gridlines only', () => {
    expect(countTicks(10)).toEqual([0, 5, 10]);
    expect(countTicks(5)).toEqual([0, 5]);
    expect(countTicks(1)).toEqual([0, 1]);
  });
});
