import type { EntrySummary } from '../../../../shared/entries/entry-contract';
import type { WeekStart } from '../../../../shared/domain/settings';
import { longDay, weekLabel, weekOf } from '../../lib/dates';

export type TimelineRow =
  | { kind: 'week'; key: string; label: string }
  | { kind: 'day'; key: string; label: string }
  | { kind: 'entry'; key: string; entry: EntrySummary };

/** Newest-first entries, with a heading at each new week and each new day. */
export function timelineRows(entries: EntrySummary[], weekStart: WeekStart): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let week = '';
  let day = '';
  for (const entry of entries) {
    const thisWeek = weekOf(entry.date, weekStart);
    if (thisWeek !== week) {
      week = thisWeek;
      rows.push({ kind: 'week', key: `w${thisWeek}`, label: weekLabel(thisWeek) });
    }
    if (entry.date !== day) {
      day = entry.date;
      rows.push({ kind: 'day', key: `d${entry.date}`, label: longDay(entry.date) });
    }
    rows.push({ kind: 'entry', key: entry.id, entry });
  }
  return rows;
}
