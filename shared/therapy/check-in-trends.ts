import type { CheckIn } from '../domain/records';
import { CHECK_IN_INTERVAL_DAYS, MEANINGFUL_CHANGE } from './instruments';
import type { Instrument } from './instruments';

/*
 * What the Check-ins screen says about a series of self-checks: how a score compares with the
 * first and the previous one, whether that change is usually counted as meaningful, and whether a
 * new check-in would overlap the two weeks the last one asked about. Pure: dates are local days.
 */

/** The fields these figures read; stored check-ins have them all. */
export type ScoredCheckIn = Pick<CheckIn, 'id' | 'date' | 'instrument' | 'score'> &
  Partial<Pick<CheckIn, 'createdAt'>>;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The day's position on the calendar. `Date.UTC` only does the calendar arithmetic here: a local
 * day is never turned into an instant, so no time zone or daylight-saving hour can move it.
 */
function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** Whole days from one local day (`YYYY-MM-DD`) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Oldest first: by day, then by when each was taken; records from before v3 keep their order. */
export function inOrder<T extends ScoredCheckIn>(checkIns: readonly T[]): T[] {
  return [...checkIns].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.createdAt && b.createdAt ? a.createdAt.localeCompare(b.createdAt) : 0),
  );
}

/** True when a change of this many points (either way) is usually counted as meaningful. */
export function isMeaningfulChange(instrument: Instrument, points: number): boolean {
  return Math.abs(points) >= MEANINGFUL_CHANGE[instrument];
}

/** A score compared with an earlier one: `points` is now minus then (lower scores are fewer problems). */
export interface ScoreChange {
  fromDate: string;
  fromScore: number;
  points: number;
  meaningful: boolean;
}

/** A check-in with how it compares; the first of an instrument has nothing to compare with. */
export interface TrendPoint<T extends ScoredCheckIn = ScoredCheckIn> {
  checkIn: T;
  sinceFirst?: ScoreChange;
  sincePrevious?: ScoreChange;
}

const change = (instrument: Instrument, from: ScoredCheckIn, to: ScoredCheckIn): ScoreChange => {
  const points = to.score - from.score;
  return {
    fromDate: from.date,
    fromScore: from.score,
    points,
    meaningful: isMeaningfulChange(instrument, points),
  };
};

/** One instrument's check-ins, oldest first, each compared with the first and the previous. */
export function trendOf<T extends ScoredCheckIn>(
  checkIns: readonly T[],
  instrument: Instrument,
): Array<TrendPoint<T>> {
  const series = inOrder(checkIns.filter((c) => c.instrument === instrument));
  const first = series[0];
  return series.map((checkIn, i) =>
    i === 0 || !first
      ? { checkIn }
      : {
          checkIn,
          sinceFirst: change(instrument, first, checkIn),
          sincePrevious: change(instrument, series[i - 1]!, checkIn),
        },
  );
}

/** How one check-in compares with the first and the previous of its instrument. */
export function changesOf<T extends ScoredCheckIn>(
  checkIns: readonly T[],
  id: string,
): TrendPoint<T> | undefined {
  const checkIn = checkIns.find((c) => c.id === id);
  if (!checkIn) return undefined;
  return trendOf(checkIns, checkIn.instrument).find((point) => point.checkIn.id === id);
}

/** The day of the latest check-in per instrument; an instrument never taken is absent. */
export function lastCheckInDates(
  checkIns: readonly ScoredCheckIn[],
): Partial<Record<Instrument, string>> {
  const last: Partial<Record<Instrument, string>> = {};
  for (const { instrument, date } of checkIns) {
    const current = last[instrument];
    if (current === undefined || date > current) last[instrument] = date;
  }
  return last;
}

/**
 * Both instruments ask about the last two weeks: a check-in on `day` sooner than that after the
 * one on `lastDay` overlaps it. Not a reason to refuse it, only to say so.
 */
export function isSoonerThanInterval(lastDay: string, day: string): boolean {
  return daysBetween(lastDay, day) < CHECK_IN_INTERVAL_DAYS;
}

/** The last check-in a new one on `day` would overlap, with how many days ago it was; or none. */
export function overlappingCheckIn(
  checkIns: readonly ScoredCheckIn[],
  instrument: Instrument,
  day: string,
): { lastDate: string; daysAgo: number } | null {
  const lastDate = lastCheckInDates(checkIns)[instrument];
  if (lastDate === undefined || !isSoonerThanInterval(lastDate, day)) return null;
  return { lastDate, daysAgo: daysBetween(lastDate, day) };
}
