import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANSWERS,
  BAND_LABELS,
  INSTRUMENTS,
  QUESTIONS,
  bandOf,
  bandRanges,
  maxScore,
  scoreOf,
} from '../../../shared/therapy/instruments';
import type { Band, Instrument } from '../../../shared/therapy/instruments';

const instrument = fc.constantFrom<Instrument>(...INSTRUMENTS);
const answersOf = (i: Instrument) =>
  fc.array(fc.integer({ min: 0, max: 3 }), {
    minLength: QUESTIONS[i].length,
    maxLength: QUESTIONS[i].length,
  });
const filled = instrument.chain((i) => answersOf(i).map((answers) => ({ i, answers })));
const bandIndex = (i: Instrument, band: Band) => bandRanges(i).findIndex((r) => r.band === band);

describe('scoring the PHQ-9 and the GAD-7', () => {
  it('uses the published cut-offs', () => {
    const cuts = (i: Instrument) => bandRanges(i).map(({ band, from, to }) => [band, from, to]);
    expect(cuts('PHQ-9')).toEqual([
      ['minimal', 0, 4],
      ['mild', 5, 9],
      ['moderate', 10, 14],
      ['moderately-severe', 15, 19],
      ['severe', 20, 27],
    ]);
    expect(cuts('GAD-7')).toEqual([
      ['minimal', 0, 4],
      ['mild', 5, 9],
      ['moderate', 10, 14],
      ['severe', 15, 21],
    ]);
    expect(maxScore('PHQ-9')).toBe(27);
    expect(maxScore('GAD-7')).toBe(21);
    expect(ANSWERS.map((a) => a.value)).toEqual([0, 1, 2, 3]);
    for (const band of Object.keys(BAND_LABELS)) expect(BAND_LABELS[band as Band]).toBeTruthy();
  });

  it('the score is the sum of the answers, within 0 and the maximum', () => {
    fc.assert(
      fc.property(filled, ({ i, answers }) => {
        const score = scoreOf(i, answers);
        expect(score).toBe(answers.reduce((a, b) => a + b, 0));
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(maxScore(i));
      }),
    );
  });

  it('answering any question higher never lowers the score or the band', () => {
    fc.assert(
      fc.property(filled, fc.nat(), fc.integer({ min: 1, max: 3 }), ({ i, answers }, at, up) => {
        const k = at % answers.length;
        const higher = [...answers];
        higher[k] = Math.min(3, higher[k]! + up);
        const [before, after] = [scoreOf(i, answers), scoreOf(i, higher)];
        expect(after).toBe(before + (higher[k]! - answers[k]!));
        expect(bandIndex(i, bandOf(i, after))).toBeGreaterThanOrEqual(
          bandIndex(i, bandOf(i, before)),
        );
      }),
    );
  });

  it('every score from 0 to the maximum falls in exactly one band, the one bandOf names', () => {
    fc.assert(
      fc.property(
        instrument.chain((i) => fc.tuple(fc.constant(i), fc.integer({ min: 0, max: maxScore(i) }))),
        ([i, score]) => {
          const containing = bandRanges(i).filter((r) => r.from <= score && score <= r.to);
          expect(containing).toHaveLength(1);
          expect(containing[0]!.band).toBe(bandOf(i, score));
        },
      ),
    );
  });

  it('the bands run from 0 to the maximum without gaps or overlaps, in rising order', () => {
    for (const i of INSTRUMENTS) {
      const ranges = bandRanges(i);
      expect(ranges[0]!.from).toBe(0);
      expect(ranges.at(-1)!.to).toBe(maxScore(i));
      ranges.forEach((r, k) => {
        expect(r.to).toBeGreaterThanOrEqual(r.from);
        if (k > 0) expect(r.from).toBe(ranges[k - 1]!.to + 1);
      });
    }
  });

  it('refuses a wrong count of answers, an answer outside 0–3, and a score out of range', () => {
    fc.assert(
      fc.property(instrument, fc.integer({ min: 0, max: 12 }), (i, count) => {
        fc.pre(count !== QUESTIONS[i].length);
        expect(() => scoreOf(i, Array<number>(count).fill(0))).toThrow(RangeError);
      }),
    );
    expect(() => scoreOf('GAD-7', [0, 0, 0, 0, 0, 0, 4])).toThrow(RangeError);
    expect(() => scoreOf('GAD-7', [0, 0, 0, 0, 0, 0, -1])).toThrow(RangeError);
    expect(() => bandOf('GAD-7', 22)).toThrow(RangeError);
    expect(() => bandOf('PHQ-9', -1)).toThrow(RangeError);
    expect(() => bandOf('PHQ-9', 2.5)).toThrow(RangeError);
  });
});
