import type { ReportRange } from '../domain/settings';
import { addDays } from '../therapy/days';
import { monthCount, monthOfDay } from '../therapy/month-range';
import { PROGRESS_MONTHS_MAX } from '../therapy/therapy-contract';

/*
 * Which days a report covers. A preset is turned into days in main, where "today" is the person's
 * own local day; a custom period is the two days the person chose, both included.
 */

/** How the period was chosen: one of the presets, or two days. */
export type ReportPeriodChoice = { range: ReportRange } | { from: string; to: string };

export interface ReportPeriod {
  /** First local day; absent for "all", which starts on the first day anything counts. */
  from?: string;
  to: string;
  chosen: ReportRange | 'custom';
  /**
   * "Since last session" with no session logged before today: the last 30 days instead, and the
   * report says so.
   */
  noSessionYet?: true;
}

/** Days in "last 30 days" and in the fallback when no session is logged yet, today included. */
export const FALLBACK_DAYS = 30;

const lastDays = (days: number, today: string) => addDays(today, -(days - 1));

/**
 * The last session logged before today. A session dated today or later is the one the report is
 * being made for (the prep note may already have created it), so it does not start the period.
 */
export function lastSessionDay(
  sessions: ReadonlyArray<{ date: string }>,
  today: string,
): string | undefined {
  let last: string | undefined;
  for (const { date } of sessions)
    if (date < today && (last === undefined || date > last)) last = date;
  return last;
}

/** Why a custom period cannot be used, in words for the person; null when it can. */
export function customPeriodProblem(from: string, to: string): string | null {
  if (from > to) return 'The period must end on or after its first day.';
  if (monthCount(monthOfDay(from), monthOfDay(to)) > PROGRESS_MONTHS_MAX) {
    return 'Choose a period of up to 100 years.';
  }
  return null;
}

/** The days a choice covers on `today`. A custom period is returned as chosen: check it first. */
export function reportPeriod(
  choice: ReportPeriodChoice,
  today: string,
  sessions: ReadonlyArray<{ date: string }>,
): ReportPeriod {
  if ('from' in choice) return { from: choice.from, to: choice.to, chosen: 'custom' };
  switch (choice.range) {
    case 'last-30-days':
      return { from: lastDays(30, today), to: today, chosen: choice.range };
    case 'last-90-days':
      return { from: lastDays(90, today), to: today, chosen: choice.range };
    case 'all':
      return { to: today, chosen: choice.range };
    case 'since-last-session': {
      const last = lastSessionDay(sessions, today);
      if (last !== undefined) return { from: last, to: today, chosen: choice.range };
      return {
        from: lastDays(FALLBACK_DAYS, today),
        to: today,
        chosen: choice.range,
        noSessionYet: true,
      };
    }
  }
}
