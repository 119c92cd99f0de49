import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry, EntryFilter } from '../../../../shared/entries/entry-contract';
import type { WeekStart } from '../../../../shared/domain/settings';
import { journal } from '../../journal';
import { today } from '../../lib/dates';
import { messageOf, unwrap } from '../../lib/result';
import { CalendarView } from './CalendarView';
import { EntryEditor } from './EntryEditor';
import { Filters } from './Filters';
import { Timeline } from './Timeline';
import { useEntryList } from './use-entry-list';
import { usePrompts, useTags } from './use-journal-data';
import { ErrorText } from '../../ui/ErrorText';

export interface JournalCommands {
  newEntry: () => void;
  focusSearch: () => void;
  next: () => void;
  previous: () => void;
}

interface Props {
  weekStart: WeekStart;
  /** The shell's shortcuts call into the screen through this. */
  commandsRef: React.MutableRefObject<JournalCommands | null>;
}

const isEmpty = (entry: Entry) =>
  !entry.title.trim() && !entry.body.trim() && entry.tags.length === 0 && entry.mood === undefined;

/** Writing and finding entries: search and filters, the timeline or calendar, and the editor. */
export function JournalScreen({ weekStart, commandsRef }: Props) {
  const [filter, setFilter] = useState<EntryFilter>({});
  const [searchText, setSearchText] = useState('');
  const [view, setView] = useState<'timeline' | 'calendar'>('timeline');
  const [selected, setSelected] = useState<Entry | null>(null);
  const [undo, setUndo] = useState<Entry | null>(null);
  const [justCreated, setJustCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useEntryList(filter);
  const { tags, reload: reloadTags } = useTags();
  const { prompts } = usePrompts();
  const searchBox = useRef<HTMLInputElement>(null);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Search as the person types, a moment after they pause.
  useEffect(() => {
    const timer = setTimeout(() => {
      setFilter((current) => {
        const text = searchText.trim();
        if ((current.text ?? '') === text) return current;
        const next = { ...current };
        if (text) next.text = text;
        else delete next.text;
        return next;
      });
    }, 150);
    return () => clearTimeout(timer);
  }, [searchText]);

  // The refresh runs after a pause; by then the filter may have changed, so it must call the
  // list's current reload, not the one of the render that scheduled it (that would fetch the
  // old filter and win the race against the new one).
  const latest = useRef({ list, reloadTags });
  latest.current = { list, reloadTags };
  const scheduleRefresh = useCallback(() => {
    if (refreshTimer.current) clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => {
      const { list: current, reloadTags: reloadTagList } = latest.current;
      void current.reload(current.items.length);
      void reloadTagList();
    }, 400);
  }, []);
  useEffect(() => () => void (refreshTimer.current && clearTimeout(refreshTimer.current)), []);

  const open = useCallback(
    async (id: string) => {
      if (selected?.id === id) return;
      try {
        const entry = await unwrap(journal().entries.get({ id }));
        // An entry opened and left untouched is not kept as an empty page in the timeline.
        if (selected && isEmpty(selected)) void journal().entries.purge({ id: selected.id });
        setSelected(entry);
        setError(null);
      } catch (e) {
        setError(messageOf(e));
      }
    },
    [selected],
  );

  const newEntry = useCallback(async () => {
    try {
      if (selected && isEmpty(selected)) {
        document.querySelector<HTMLElement>('#entry-title')?.focus();
        return;
      }
      const entry = await unwrap(journal().entries.create({ date: today() }));
      setJustCreated(entry.id);
      setSelected(entry);
      setView('timeline');
      scheduleRefresh();
    } catch (e) {
      setError(messageOf(e));
    }
  }, [selected, scheduleRefresh]);

  const step = useCallback(
    (delta: 1 | -1) => {
      const items = list.items;
      if (items.length === 0) return;
      const index = selected ? items.findIndex((item) => item.id === selected.id) : -1;
      const next = items[Math.min(items.length - 1, Math.max(0, index + delta))];
      if (next) void open(next.id);
    },
    [list.items, selected, open],
  );

  commandsRef.current = {
    newEntry: () => void newEntry(),
    focusSearch: () => {
      setView('timeline');
      searchBox.current?.focus();
      searchBox.current?.select();
    },
    next: () => step(1),
    previous: () => step(-1),
  };

  async function remove(entry: Entry) {
    try {
      await unwrap(journal().entries.delete({ id: entry.id }));
      setSelected(null);
      setUndo(entry);
      scheduleRefresh();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function restore() {
    if (!undo) return;
    try {
      const entry = await unwrap(journal().entries.restore({ id: undo.id }));
      setUndo(null);
      setSelected(entry);
      scheduleRefresh();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const searching = Boolean(filter.text);
  return (
    <main className="journal">
      <section className="journal-list" aria-label="Find entries">
        <div className="list-tools">
          <button type="button" className="primary" onClick={() => void newEntry()}>
            New entry
          </button>
          <input
            ref={searchBox}
            type="search"
            aria-label="Search"
            placeholder="Search your journal"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
          />
          <Filters filter={filter} tags={tags.map((t) => t.tag)} onChange={setFilter} />
          <div className="view-switch" role="group" aria-label="View">
            <button
              type="button"
              aria-pressed={view === 'timeline'}
              onClick={() => setView('timeline')}
            >
              Timeline
            </button>
            <button
              type="button"
              aria-pressed={view === 'calendar'}
              onClick={() => setView('calendar')}
            >
              Calendar
            </button>
          </div>
        </div>
        <ErrorText>{error}</ErrorText>
        {view === 'calendar' ? (
          <CalendarView
            filter={filter}
            weekStart={weekStart}
            onPickDay={(day) => {
              setFilter((current) => ({ ...current, from: day, to: day }));
              setView('timeline');
            }}
          />
        ) : (
          <>
            <p className="list-count" role="status">
              {list.loaded &&
                (list.total === 0
                  ? searching || Object.keys(filter).length > 0
                    ? 'No entries match.'
                    : 'No entries yet. Start with “New entry”.'
                  : `${list.total} ${list.total === 1 ? 'entry' : 'entries'}${
                      searching ? ' found' : ''
                    }`)}
            </p>
            {list.error && (
              <p role="alert" className="error">
                {list.error}
              </p>
            )}
            <Timeline
              entries={list.items}
              total={list.total}
              grouped={!searching}
              weekStart={weekStart}
              selectedId={selected?.id ?? null}
              onSelect={(id) => void open(id)}
              onNearEnd={() => void list.loadMore()}
            />
          </>
        )}
      </section>
      <section className="journal-editor" aria-label="Editor">
        {undo && (
          <div className="toast" role="status">
            <span>Entry moved to the trash.</span>
            <button type="button" onClick={() => void restore()}>
              Undo
            </button>
            <button
              type="button"
              className="quiet"
              aria-label="Dismiss"
              onClick={() => setUndo(null)}
            >
              ×
            </button>
          </div>
        )}
        {selected ? (
          <EntryEditor
            key={selected.id}
            entry={selected}
            focusTitle={justCreated === selected.id}
            tagSuggestions={tags.map((t) => t.tag)}
            prompts={prompts}
            onSaved={(entry) => {
              setSelected((current) =>
                current?.id === entry.id ? { ...current, ...entry } : current,
              );
              scheduleRefresh();
            }}
            onDelete={(entry) => void remove(entry)}
          />
        ) : (
          <div className="empty-editor">
            <p>Pick an entry from the timeline, or start a new one.</p>
            <p className="hint">Press Ctrl+N for a new entry, or F1 for all keyboard shortcuts.</p>
          </div>
        )}
      </section>
    </main>
  );
}
