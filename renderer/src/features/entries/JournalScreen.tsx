import { useEffect, useRef, useState } from 'react';
import { useBlocker, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Location } from 'react-router';
import type { Entry, EntryFilter } from '../../../../shared/entries/entry-contract';
import type { WeekStart } from '../../../../shared/domain/settings';
import {
  THOUGHT_RECORD_PROMPT_ID,
  thoughtRecordBody,
} from '../../../../shared/therapy/thought-record';
import { today } from '../../lib/dates';
import { keysOf } from '../../lib/platform';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { useCommand } from '../commands/use-command';
import { EntryInsights } from '../insights/EntryInsights';
import { InsightDialogProvider } from '../insights/insight-dialog';
import { TherapyGlance } from '../sessions/TherapyGlance';
import { CalendarView } from './CalendarView';
import { EntryEditor } from './EntryEditor';
import { Filters } from './Filters';
import { leaveOpenEntry } from './open-entry';
import {
  useCreateEntry,
  useDeleteEntry,
  useEntry,
  useEntryList,
  usePrompts,
  useRestoreEntry,
  useTags,
} from './queries';
import { entryPath } from './routes';
import { Timeline } from './Timeline';
import styles from './JournalScreen.module.css';

/** The entry a journal address shows (`#/journal/<id>`), if any. */
const entryIn = (location: Location): string | undefined =>
  /^\/journal\/([^/?#]+)/.exec(location.pathname)?.[1];

/** Writing and finding entries: search and filters, the timeline or calendar, and the editor. */
export function JournalScreen({ weekStart }: { weekStart: WeekStart }) {
  const { entryId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const [filter, setFilter] = useState<EntryFilter>({});
  const [searchText, setSearchText] = useState('');
  const [view, setView] = useState<'timeline' | 'calendar'>('timeline');
  const [undo, setUndo] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useEntryList(filter);
  const selected = useEntry(entryId);
  const tags = useTags();
  const prompts = usePrompts();
  const create = useCreateEntry();
  const del = useDeleteEntry();
  const restore = useRestoreEntry();
  const searchBox = useRef<HTMLInputElement>(null);
  const focusTitle = (location.state as { focusTitle?: boolean } | null)?.focusTitle === true;

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

  // Leaving the open entry by any address change (a click, a shortcut, back, another screen)
  // waits until what was typed is written; a failed write keeps the person on the entry.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    const current = entryIn(currentLocation);
    return current !== undefined && current !== entryIn(nextLocation);
  });
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    leaveOpenEntry().then(
      () => {
        setError(null);
        blocker.proceed();
      },
      (e: unknown) => {
        setError(`This entry could not be saved, so it is still open. ${messageOf(e)}`);
        blocker.reset();
      },
    );
  }, [blocker]);

  const open = (id: string) => {
    if (id !== entryId) void navigate(entryPath(id));
  };

  async function newEntry(template?: 'thought-record') {
    try {
      // Left first, so a blank entry is dropped before the next one is made.
      await leaveOpenEntry();
      const entry = await create.mutateAsync(
        template === 'thought-record'
          ? {
              date: today(),
              body: thoughtRecordBody(),
              promptId: THOUGHT_RECORD_PROMPT_ID,
              thoughtRecord: { emotions: [] },
            }
          : { date: today() },
      );
      setView('timeline');
      await navigate(entryPath(entry.id), { state: { focusTitle: true } });
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const step = (delta: 1 | -1) => {
    const items = list.items;
    if (items.length === 0) return;
    const index = entryId ? items.findIndex((item) => item.id === entryId) : -1;
    const next = items[Math.min(items.length - 1, Math.max(0, index + delta))];
    if (next) open(next.id);
  };

  useCommand('entry.new', () => void newEntry());
  useCommand('journal.search', () => {
    setView('timeline');
    searchBox.current?.focus();
    searchBox.current?.select();
  });
  useCommand('entry.next', () => step(1));
  useCommand('entry.previous', () => step(-1));

  async function remove(entry: Entry) {
    try {
      await del.mutateAsync({ id: entry.id });
      setUndo(entry);
      await navigate('/journal');
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function undoDelete() {
    if (!undo) return;
    try {
      const entry = await restore.mutateAsync({ id: undo.id });
      setUndo(null);
      await navigate(entryPath(entry.id));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const searching = Boolean(filter.text);
  const tagNames = (tags.data ?? []).map((t) => t.tag);
  return (
    <div className={styles.journal}>
      <section className={styles.journalList} aria-label="Find entries">
        <div className={styles.listTools}>
          <div className={styles.newButtons}>
            <button type="button" className="primary" onClick={() => void newEntry()}>
              New entry
            </button>
            <button type="button" onClick={() => void newEntry('thought-record')}>
              New thought record
            </button>
          </div>
          <input
            ref={searchBox}
            type="search"
            aria-label="Search"
            placeholder="Search your journal"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
          />
          <Filters filter={filter} tags={tagNames} onChange={setFilter} />
          <div className={styles.viewSwitch} role="group" aria-label="View">
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
        <TherapyGlance />
        <ErrorText>{error}</ErrorText>
        <ErrorText>
          {tags.error && `Your tags could not be loaded. ${messageOf(tags.error)}`}
        </ErrorText>
        <ErrorText>
          {prompts.error &&
            `The reflection prompts could not be loaded. ${messageOf(prompts.error)}`}
        </ErrorText>
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
            <p className={styles.listCount} role="status">
              {list.loaded &&
                (list.total === 0
                  ? searching || Object.keys(filter).length > 0
                    ? 'No entries match.'
                    : 'No entries yet. Start with “New entry”.'
                  : `${list.total} ${list.total === 1 ? 'entry' : 'entries'}${
                      searching ? ' found' : ''
                    }`)}
            </p>
            <ErrorText>{list.error && messageOf(list.error)}</ErrorText>
            <Timeline
              entries={list.items}
              total={list.total}
              grouped={!searching}
              weekStart={weekStart}
              selectedId={entryId ?? null}
              onSelect={open}
              onNearEnd={list.loadMore}
            />
          </>
        )}
      </section>
      <section className={styles.journalEditor} aria-label="Editor">
        {undo && (
          <div className={styles.toast} role="status">
            <span>Entry moved to the trash.</span>
            <button type="button" onClick={() => void undoDelete()}>
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
        {/* The editor starts from the entry as stored: never from a copy a rename made stale. */}
        {selected.data && selected.data.id === entryId ? (
          <InsightDialogProvider>
            <div className={styles.entryView}>
              {selected.isStale ? (
                <div />
              ) : (
                <EntryEditor
                  key={selected.data.id}
                  entry={selected.data}
                  focusTitle={focusTitle}
                  tagSuggestions={tagNames}
                  prompts={prompts.data ?? []}
                  onDelete={(entry) => void remove(entry)}
                />
              )}
              {/* Kept while the editor starts again, so the insight form and focus stay put. */}
              <EntryInsights entryId={entryId} currentId={searchParams.get('insight')} />
            </div>
          </InsightDialogProvider>
        ) : entryId && selected.error ? (
          <div className={styles.emptyEditor}>
            <p role="alert">{messageOf(selected.error)}</p>
            <p>
              <a href="#/journal">Back to the journal</a>
            </p>
          </div>
        ) : entryId ? null : (
          <div className={styles.emptyEditor}>
            <p>Pick an entry from the timeline, or start a new one.</p>
            <p className="hint">
              Press {keysOf('entry.new')} for a new entry, or {keysOf('app.help')} for all keyboard
              shortcuts.
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
