import { format, parseISO, startOfWeek } from 'date-fns';
import type { WeekStart } from '../../../shared/domain/settings';

/** Today as the person's local calendar day, `YYYY-MM-DD`. */
export const today = (): string => format(new Date(), 'yyyy-MM-dd');

export const weekStartsOn = (weekStart: WeekStart): 0 | 1 | 6 =>
  weekStart === 'sunday' ? 0 : weekStart === 'saturday' ? 6 : 1;

/** The local day starting the week that holds `day`. */
export const weekOf = (day: string, weekStart: WeekStart): string =>
  format(startOfWeek(parseISO(day), { weekStartsOn: weekStartsOn(weekStart) }), 'yyyy-MM-dd');

/*
 * Every date the app shows is written by the system's locale, the one the date inputs use too,
 * so "3/5" never means one day in the timeline and another in the editor.
 */
const style = (options: Intl.DateTimeFormatOptions) => {
  const formatter = new Intl.DateTimeFormat(undefined, options);
  // A local day (`YYYY-MM-DD`) is read as local midnight, not as midnight UTC.
  return (value: string | Date): string =>
    formatter.format(typeof value === 'string' ? parseISO(value) : value);
};

/** "Wednesday, 1 May 2024" (in the locale's order and words). */
export const longDay = style({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
/** "Wed, 1 May". */
export const shortDay = style({ weekday: 'short', day: 'numeric', month: 'short' });
/** "1 May", for a chart's axis. */
export const dayMonth = style({ day: 'numeric', month: 'short' });
/** "1 May 2024". */
export const mediumDate = style({ dateStyle: 'medium' });
/** "May 2024". */
export const monthYear = style({ month: 'long', year: 'numeric' });
/** "May", for a chart's axis. */
export const shortMonth = style({ month: 'short' });
/** "2024". */
export const yearOnly = style({ year: 'numeric' });
/** "May 2024". */
export const shortMonthYear = style({ month: 'short', year: 'numeric' });
/** "Wednesday, 1 May", for a day inside a month already named. */
export const dayInMonth = style({ weekday: 'long', day: 'numeric', month: 'long' });
/** "Wed". */
export const weekdayShort = style({ weekday: 'short' });
/** "1 May 2024, 09:30". */
export const dateTime = style({ dateStyle: 'medium', timeStyle: 'short' });

export const weekLabel = (weekFirstDay: string): string =>
  `Week of ${style({ day: 'numeric', month: 'long', year: 'numeric' })(weekFirstDay)}`;
