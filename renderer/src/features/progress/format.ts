import { monthYear, shortMonth } from '../../lib/dates';

/* How the Progress screen writes its figures: the system's locale, through Intl, throughout. */

const hoursFormat = new Intl.NumberFormat(undefined, {
  style: 'unit',
  unit: 'hour',
  unitDisplay: 'long',
  maximumFractionDigits: 1,
});
/** "10 hours", "1.5 hours". */
export const formatHours = (minutes: number) => hoursFormat.format(minutes / 60);

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
/** A mean or a count, with at most one decimal. */
export const formatNumber = (value: number) => oneDecimal.format(value);

/** "March 2024" for `2024-03`. */
export const monthName = (month: string) => monthYear(`${month}-01`);

/** "Mar" for `2024-03`, for a chart's axis. */
export const monthShort = (month: string) => shortMonth(`${month}-01`);

/** "1 session", "12 sessions". */
export const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;
