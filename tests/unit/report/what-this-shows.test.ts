import { describe, expect, it } from 'vitest';
import { whatThisShows } from '../../../shared/report/what-this-shows';

describe('"What this shows"', () => {
  it("counts the period's entries by how they are shown", () => {
    expect(whatThisShows({ full: 12, summary: 5, privateLeftOut: 3 })).toBe(
      '12 entries in full, 5 as summaries, 3 private left out',
    );
    expect(whatThisShows({ full: 1, summary: 1, privateLeftOut: 0 })).toBe(
      '1 entry in full, 1 as a summary, 0 private left out',
    );
    expect(whatThisShows({ full: 0, summary: 0, privateLeftOut: 0 })).toBe(
      'No entries in this period',
    );
  });
});
