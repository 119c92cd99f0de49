import { describe, expect, it } from 'vitest';
import { paperForLocale } from '../../../shared/report/paper';
import { whatThisShows } from '../../../shared/report/what-this-shows';

describe('the paper a report starts on', () => {
  it('is Letter in the Letter countries and A4 elsewhere', () => {
    expect(['en-US', 'fr-CA', 'es-MX', 'fil-PH', 'en-PH', 'es-CL'].map(paperForLocale)).toEqual(
      Array(6).fill('Letter'),
    );
    expect(['en-GB', 'de-DE', 'fr-FR', 'en-AU', 'ja-JP', 'es-ES'].map(paperForLocale)).toEqual(
      Array(6).fill('A4'),
    );
  });

  it('guesses the region from the language alone, and is A4 when it cannot tell', () => {
    expect(paperForLocale('en')).toBe('Letter');
    expect(paperForLocale('de')).toBe('A4');
    expect(paperForLocale(undefined)).toBe('A4');
    expect(paperForLocale('not a locale!')).toBe('A4');
  });
});

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
