/*
 * Calendar months of the person's local days. Records dated by a local day (`YYYY-MM-DD`: entries,
 * sessions, check-ins) fall in that day's month as written; instants (a step done, a goal
 * achieved) are first turned into the local day they fell on.
 */

/** `YYYY-MM` of a local day. */
export const monthOfDay = (day: string): string => day.slice(0, 7);

const monthIndex = (month: string): number => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return year * 12 + (m - 1);
};

const monthAt = (index: number): string => {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
};

/** How many months a span covers, both ends included (`2024-01` to `2024-03` is 3). */
export const monthCount = (first: string, last: string): number =>
  monthIndex(last) - monthIndex(first) + 1;

/** Every month from `first` to `last` (`YYYY-MM`), both included, oldest first. */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let i = monthIndex(first); i <= monthIndex(last); i++) months.push(monthAt(i));
  return months;
}

/** The month `offset` months after (or, negative, before) `month`. */
export const addMonths = (month: string, offset: number): string =>
  monthAt(monthIndex(month) + offset);

/** The last local day of a month (`2024-02` → `2024-02-29`). */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  // Day 0 of the next month is this month's last day; UTC keeps the arithmetic free of DST.
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The local day an instant fell on in this process's time zone. The main process runs in the
 * person's own zone, so a step done at 23:30 on 31 January counts in January, where they did it,
 * even though the stored instant (UTC) is already in February for someone east of them.
 */
export function localDayOf(instant: string): string {
  const date = new Date(instant);
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
