import { format, parseISO, startOfWeek } from 'date-fns';
import type { WeekStart } from '../../../shared/domain/settings';

/** Today as the person's local calendar day, `YYYY-MM-DD`. */
export const today = (): string => format(new Date(), 'yyyy-MM-dd');

export const weekStartsOn = (weekStart: WeekStart): 0 | 1 | 6 =>
  weekStart === 'sunday' ? 0 : weekStart === 'saturday' ? 6 : 1;

/** The local day starting the week that holds `day`. */
export const weekOf = (day: string, weekStart: WeekStart): string =>
  format(startOfWeek(parseISO(day), { weekStartsOn: weekStartsOn(weekStart) }), 'yyyy-MM-dd');

export const longDay = (day: string): string => format(parseISO(day), 'EEEE d MMMM yyyy');
export const shortDay = (day: string): string => format(parseISO(day), 'EEE d MMM');
export const weekLabel = (weekFirstDay: string): string =>
  `Week of ${format(parseISO(weekFirstDay), 'd MMMM yyyy')}`;
