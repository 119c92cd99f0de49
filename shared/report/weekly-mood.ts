import type { WeekStart } from '../domain/settings';
import { addDays, daysBetween } from '../therapy/days';

/*
 * Mood by week for a report: the mean of the week's entries with a mood, and the lowest and highest
 * of them, so a week of 2s and 9s does not look like a calm week of 5s.
 */

export interface MoodWeek {
  /** The week's first local day (by the person's week start). */
  week: string;
  /** Entries with a mood that week; 0 leaves a gap in the chart, never a zero. */
  count: number;
  mean?: number;
  min?: number;
  max?: number;
}

const FIRST_DAY: Readonly<Record<WeekStart, number>> = { sunday: 0, monday: 1, saturday: 6 };

/** The first day of the week `day` falls in. */
export function weekOf(day: string, weekStart: WeekStart): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(day, -((weekday - FIRST_DAY[weekStart] + 7) % 7));
}

/** A period longer than this many weeks is drawn from its first to its last week with a mood. */
export const WEEKS_ON_AXIS = 106;

/**
 * Every week of the period, quiet weeks included (the axis must not skip one, and shows when in
 * the period the moods were); a longer period, from the first to the last week with a mood. None
 * when no day has a mood.
 */
export function weeklyMood(
  moods: Iterable<{ date: string; mood: number }>,
  weekStart: WeekStart,
  period?: { from: string; to: string },
): MoodWeek[] {
  const weeks = new Map<string, { sum: number; count: number; min: number; max: number }>();
  for (const { date, mood } of moods) {
    const week = weekOf(date, weekStart);
    const w = weeks.get(week);
    if (w) {
      w.sum += mood;
      w.count++;
      if (mood < w.min) w.min = mood;
      if (mood > w.max) w.max = mood;
    } else weeks.set(week, { sum: mood, count: 1, min: mood, max: mood });
  }
  if (weeks.size === 0) return [];
  const keys = [...weeks.keys()].sort();
  let first = keys[0]!;
  let last = keys.at(-1)!;
  if (period) {
    const [start, end] = [weekOf(period.from, weekStart), weekOf(period.to, weekStart)];
    if (daysBetween(start, end) / 7 + 1 <= WEEKS_ON_AXIS) [first, last] = [start, end];
  }
  const count = daysBetween(first, last) / 7 + 1;
  const out: MoodWeek[] = [];
  for (let i = 0; i < count; i++) {
    const week = addDays(first, i * 7);
    const w = weeks.get(week);
    out.push(
      w
        ? { week, count: w.count, mean: w.sum / w.count, min: w.min, max: w.max }
        : { week, count: 0 },
    );
  }
  return out;
}
