import {
  addDays,
  addMonths,
  endOfMonth,
  endOfWeek,
  format,
  isSameMonth,
  parseISO,
  startOfMonth,
  startOfWeek,
} from 'date-fns';
import { useEffect, useMemo, useState } from 'react';
import type { CalendarDay, EntryFilter } from '../../../../shared/entries/entry-contract';
import type { WeekStart } from '../../../../shared/domain/settings';
import { journal } from '../../journal';
import { weekStartsOn } from '../../lib/dates';
import { messageOf, unwrap } from '../../lib/result';
import { moodColour } from './mood';
import { ErrorText } from '../../ui/ErrorText';

interface Props {
  filter: EntryFilter;
  weekStart: WeekStart;
  onPickDay: (day: string) => void;
}

/** A month at a glance: days with entries are marked, coloured by the day's mean mood. */
export function CalendarView({ filter, weekStart, onPickDay }: Props) {
  const [month, setMonth] = useState(() => startOfMonth(new Date()));
  const [days, setDays] = useState<Map<string, CalendarDay>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const grid = useMemo(() => {
    const opts = { weekStartsOn: weekStartsOn(weekStart) };
    const first = startOfWeek(startOfMonth(month), opts);
    const last = endOfWeek(endOfMonth(month), opts);
    const cells: Date[] = [];
    for (let d = first; d <= last; d = addDays(d, 1)) cells.push(d);
    return cells;
  }, [month, weekStart]);

  const filterKey = JSON.stringify({ ...filter, from: undefined, to: undefined });
  useEffect(() => {
    const from = format(startOfMonth(month), 'yyyy-MM-dd');
    const to = format(endOfMonth(month), 'yyyy-MM-dd');
    const base = JSON.parse(filterKey) as EntryFilter;
    unwrap(journal().entries.calendar({ ...base, from, to })).then(
      (list) => {
        setDays(new Map(list.map((d) => [d.date, d])));
        setError(null);
      },
      (e) => setError(messageOf(e)),
    );
  }, [month, filterKey]);

  const weekdayNames = grid.slice(0, 7).map((d) => format(d, 'EEE'));
  return (
    <section className="calendar" aria-labelledby="calendar-title">
      <div className="calendar-head">
        <button
          type="button"
          aria-label="Previous month"
          onClick={() => setMonth((m) => addMonths(m, -1))}
        >
          ‹
        </button>
        <h2 id="calendar-title">{format(month, 'MMMM yyyy')}</h2>
        <button
          type="button"
          aria-label="Next month"
          onClick={() => setMonth((m) => addMonths(m, 1))}
        >
          ›
        </button>
      </div>
      <ErrorText>{error}</ErrorText>
      <table className="calendar-grid">
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
                  <td key={key} className={inMonth ? '' : 'outside'}>
                    {day && inMonth ? (
                      <button
                        type="button"
                        className="calendar-day has-entries"
                        style={
                          day.mood !== undefined
                            ? { background: moodColour(Math.round(day.mood)) }
                            : undefined
                        }
                        aria-label={`${format(parseISO(key), 'EEEE d MMMM')}: ${day.count} ${
                          day.count === 1 ? 'entry' : 'entries'
                        }${day.mood !== undefined ? `, mood ${day.mood}` : ''}`}
                        onClick={() => onPickDay(key)}
                      >
                        {format(date, 'd')}
                      </button>
                    ) : inMonth ? (
                      <span className="calendar-day">{format(date, 'd')}</span>
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
