import {
  addDays,
  addMonths,
  endOfMonth,
  endOfWeek,
  format,
  isSameMonth,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import { useMemo, useState } from 'react';
import type { EntryFilter } from '../../../../shared/entries/entry-contract';
import type { WeekStart } from '../../../../shared/domain/settings';
import { dayInMonth, monthYear, weekdayShort, weekStartsOn } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { moodColour } from './mood';
import { useCalendar } from './queries';
import styles from './CalendarView.module.css';

interface Props {
  filter: EntryFilter;
  weekStart: WeekStart;
  onPickDay: (day: string) => void;
}

/** A month at a glance: days with entries are marked, coloured by the day's mean mood. */
export function CalendarView({ filter, weekStart, onPickDay }: Props) {
  const [month, setMonth] = useState(() => startOfMonth(new Date()));
  const grid = useMemo(() => {
    const opts = { weekStartsOn: weekStartsOn(weekStart) };
    const first = startOfWeek(startOfMonth(month), opts);
    const last = endOfWeek(endOfMonth(month), opts);
    const cells: Date[] = [];
    for (let d = first; d <= last; d = addDays(d, 1)) cells.push(d);
    return cells;
  }, [month, weekStart]);

  // The calendar shows a month: the filter's own date range does not narrow it.
  const rest = { ...filter };
  delete rest.from;
  delete rest.to;
  const calendar = useCalendar({
    ...rest,
    from: format(startOfMonth(month), 'yyyy-MM-dd'),
    to: format(endOfMonth(month), 'yyyy-MM-dd'),
  });
  const days = useMemo(
    () => new Map((calendar.data ?? []).map((d) => [d.date, d])),
    [calendar.data],
  );

  const weekdayNames = grid.slice(0, 7).map((d) => weekdayShort(d));
  return (
    <section className={styles.calendar} aria-labelledby="calendar-title">
      <div className={styles.calendarHead}>
        <button
          type="button"
          aria-label="Previous month"
          onClick={() => setMonth((m) => addMonths(m, -1))}
        >
          ‹
        </button>
        <h2 id="calendar-title">{monthYear(month)}</h2>
        <button
          type="button"
          aria-label="Next month"
          onClick={() => setMonth((m) => addMonths(m, 1))}
        >
          ›
        </button>
      </div>
      <ErrorText>{calendar.error && messageOf(calendar.error)}</ErrorText>
      <table className={styles.calendarGrid}>
        <thead>
          <tr>
            {weekdayNames.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: grid.length / 7 }, (_, week) => (
            <tr key={week}>
              {grid.slice(week * 7, week * 7 + 7).map((date) => {
                const key = format(date, 'yyyy-MM-dd');
                const day = days.get(key);
                const inMonth = isSameMonth(date, month);
                return (
                  <td key={key}>
                    {day && inMonth ? (
                      <button
                        type="button"
                        className={styles.calendarDay}
                        style={
                          day.mood !== undefined
                            ? { background: moodColour(Math.round(day.mood)) }
                            : undefined
                        }
                        aria-label={`${dayInMonth(key)}: ${day.count} ${
                          day.count === 1 ? 'entry' : 'entries'
                        }${day.mood !== undefined ? `, mood ${day.mood}` : ''}`}
                        onClick={() => onPickDay(key)}
                      >
                        {format(date, 'd')}
                      </button>
                    ) : inMonth ? (
                      <span className={styles.calendarDay}>{format(date, 'd')}</span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        Coloured days have entries; the colour follows the day’s mood, from blue (low) to green
        (high). Pick a day to see its entries.
      </p>
    </section>
  );
}
