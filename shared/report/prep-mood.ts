import { addDays, daysBetween } from '../therapy/days';
import { inPeriod } from './share-rule';
import type { PrintableEntry } from './share-rule';

/*
 * Mood since the last session against the period of the same length just before it. Moods are
 * 1–10 (higher is better), one per rated entry; private entries count with their mood unless the
 * person leaves them out of charts (the share rule has already dropped it then).
 */

/**
 * A difference of means of at least one point (a tenth of the scale) reads as better or worse;
 * anything smaller is "about the same". A single rated entry on either side is too little to
 * compare, so both sides need MOOD_MIN_RATED.
 */
export const MOOD_CHANGE_POINTS = 1;
export const MOOD_MIN_RATED = 2;

export interface MoodSummary {
  mean: number;
  min: number;
  max: number;
  /** Rated entries. */
  rated: number;
}

export interface MoodComparison {
  /** Absent when no entry of the period has a mood. */
  now?: MoodSummary;
  before?: MoodSummary;
  /** The period before, of the same length. */
  beforePeriod: { from: string; to: string };
  /** Only when both sides have at least MOOD_MIN_RATED rated entries. */
  direction?: 'better' | 'about the same' | 'worse';
}

export function moodSummary(moods: readonly number[]): MoodSummary | undefined {
  if (moods.length === 0) return undefined;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const mood of moods) {
    sum += mood;
    min = Math.min(min, mood);
    max = Math.max(max, mood);
  }
  return { mean: sum / moods.length, min, max, rated: moods.length };
}

export function moodDirection(now: MoodSummary, before: MoodSummary): MoodComparison['direction'] {
  if (now.rated < MOOD_MIN_RATED || before.rated < MOOD_MIN_RATED) return undefined;
  const difference = now.mean - before.mean;
  // Rounded to hundredths so that 6.1 − 5.1 counts as the full point it is.
  const points = Math.round(difference * 100) / 100;
  if (points >= MOOD_CHANGE_POINTS) return 'better';
  if (points <= -MOOD_CHANGE_POINTS) return 'worse';
  return 'about the same';
}

export function moodComparison(
  entries: readonly PrintableEntry[],
  period: { from: string; to: string },
): MoodComparison {
  const length = daysBetween(period.from, period.to) + 1;
  const beforePeriod = { from: addDays(period.from, -length), to: addDays(period.from, -1) };
  const moodsIn = (p: { from: string; to: string }) =>
    entries.flatMap((entry) =>
      entry.mood !== undefined && inPeriod(entry.date, p) ? [entry.mood] : [],
    );
  const comparison: MoodComparison = { beforePeriod };
  const now = moodSummary(moodsIn(period));
  const before = moodSummary(moodsIn(beforePeriod));
  if (now) comparison.now = now;
  if (before) comparison.before = before;
  if (now && before) {
    const direction = moodDirection(now, before);
    if (direction) comparison.direction = direction;
  }
  return comparison;
}
