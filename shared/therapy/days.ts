/*
 * Local calendar days (`YYYY-MM-DD`) and months (`YYYY-MM`). Day arithmetic goes through UTC
 * midnights of the same calendar dates, so a daylight-saving change never makes a day 23 hours
 * long and "in 3 days" stays 3.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day of an instant in the local time zone: the person's day, not UTC's. */
export function localDayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function utcMidnight(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** The day `days` after `day` (before, when negative). */
export function addDays(day: string, days: number): string {
  const at = new Date(utcMidnight(day) + days * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}

/** The month (`YYYY-MM`) a local day falls in. */
export const monthOf = (day: string): string => day.slice(0, 7);

/** Every month from `first` to `last` inclusive (`YYYY-MM`); empty when `last` is earlier. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}
