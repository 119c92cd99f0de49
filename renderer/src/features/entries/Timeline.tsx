import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { EntrySummary } from '../../../../shared/entries/entry-contract';
import type { WeekStart } from '../../../../shared/domain/settings';
import { shortDay } from '../../lib/dates';
import { Highlighted } from './Highlighted';
import { moodColour } from './mood';
import { shareLevelShort } from './share-levels';
import { timelineRows } from './timeline-rows';
import type { TimelineRow } from './timeline-rows';
import styles from './Timeline.module.css';

interface Props {
  entries: EntrySummary[];
  total: number;
  grouped: boolean;
  weekStart: WeekStart;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onNearEnd: () => void;
}

const rowHeight: Record<TimelineRow['kind'], number> = { week: 38, day: 30, entry: 84 };

/**
 * Entries newest first, grouped by week and day (or ranked, when searching). Only the rows in
 * view are in the DOM, so ten thousand entries scroll as smoothly as ten.
 */
export function Timeline({
  entries,
  total,
  grouped,
  weekStart,
  selectedId,
  onSelect,
  onNearEnd,
}: Props) {
  const rows = useMemo<TimelineRow[]>(
    () =>
      grouped
        ? timelineRows(entries, weekStart)
        : entries.map((entry) => ({ kind: 'entry', key: entry.id, entry })),
    [entries, grouped, weekStart],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => rowHeight[rows[index]!.kind],
    getItemKey: (index) => rows[index]!.key,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1);
  useEffect(() => {
    if (last && last.index >= rows.length - 20 && entries.length < total) onNearEnd();
  }, [last, rows.length, entries.length, total, onNearEnd]);

  // Keep the selected entry in view when it is changed from the keyboard.
  useEffect(() => {
    if (!selectedId) return;
    const index = rows.findIndex((row) => row.kind === 'entry' && row.entry.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, rows, virtualizer]);

  const entryIndex = new Map(entries.map((entry, i) => [entry.id, i + 1]));
  return (
    <div className={styles.timeline} ref={scroller}>
      <ul
        aria-label="Entries"
        className={styles.timelineInner}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index]!;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={styles.timelineRow}
              style={{ transform: `translateY(${item.start}px)` }}
              aria-setsize={row.kind === 'entry' ? total : undefined}
              aria-posinset={row.kind === 'entry' ? entryIndex.get(row.entry.id) : undefined}
            >
              {row.kind === 'week' && <h3 className={styles.weekLabel}>{row.label}</h3>}
              {row.kind === 'day' && <h4 className={styles.dayLabel}>{row.label}</h4>}
              {row.kind === 'entry' && (
                <EntryRow
                  entry={row.entry}
                  showDate={!grouped}
                  selected={row.entry.id === selectedId}
                  onSelect={onSelect}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function EntryRow({
  entry,
  showDate,
  selected,
  onSelect,
}: {
  entry: EntrySummary;
  showDate: boolean;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const title = entry.title.trim() || 'Untitled';
  return (
    <button
      type="button"
      className={styles.entryRow}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(entry.id)}
    >
      <span className={styles.entryRowTop}>
        <span className={styles.entryRowTitle}>
          <Highlighted text={title} marks={entry.title.trim() ? entry.titleMarks : undefined} />
        </span>
        {entry.mood !== undefined && (
          <span
            className={styles.moodDot}
            style={{ background: moodColour(entry.mood) }}
            aria-label={`Mood ${entry.mood}`}
            role="img"
          />
        )}
      </span>
      <span className={styles.entryRowText}>
        {entry.snippet ? (
          <Highlighted text={entry.snippet.text} marks={entry.snippet.marks} />
        ) : (
          entry.excerpt
        )}
      </span>
      <span className={styles.entryRowMeta}>
        {showDate && <span>{shortDay(entry.date)}</span>}
        {entry.tags.map((tag) => (
          <span key={tag} className="tag">
            #{tag}
          </span>
        ))}
        {entry.shareLevel !== 'private' && <span>{shareLevelShort[entry.shareLevel]}</span>}
      </span>
    </button>
  );
}
