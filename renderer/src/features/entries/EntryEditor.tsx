import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Entry, EntryPatch, Prompt } from '../../../../shared/entries/entry-contract';
import type { ShareLevel } from '../../../../shared/domain/records';
import { BODY_MAX, TITLE_MAX } from '../../../../shared/entries/limits';
import { THOUGHT_RECORD_PROMPT_ID } from '../../../../shared/therapy/thought-record';
import { markIdsIn } from '../../../../shared/insight-marks';
import { call } from '../../lib/call';
import { ErrorText } from '../../ui/ErrorText';
import { invalidate } from '../../lib/query';
import { useJournalSaveState } from '../shell/save-state-context';
import { registerAutosave } from './autosave';
import { entrySession } from './entry-session';
import type { SaveStatus } from './autosave';
import { moodWords } from './mood';
import { refusedFields } from './patch-limits';
import { setOpenEntry } from './open-entry';
import { entryReads, entrySaved } from './queries';
import { RichTextEditor } from './RichTextEditor';
import type { EditorInsights } from './RichTextEditor';
import { useInsightDialog } from '../insights/insight-dialog';
import { messageOf } from '../../lib/result';
import { useSearchParams } from 'react-router';
import { shareLevelHelp, shareLevelShort } from './share-levels';
import { TagInput } from './TagInput';
import { ThoughtRecordPanel } from './ThoughtRecordPanel';
import styles from './EntryEditor.module.css';

interface Props {
  entry: Entry;
  /** A new entry starts with the cursor in its title. */
  focusTitle?: boolean;
  tagSuggestions: string[];
  prompts: Prompt[];
  onDelete: (entry: Entry) => void;
}

const statusText: Record<SaveStatus, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Not saved yet',
  failed: 'Not saved',
};

/**
 * One entry, edited in place. Every change goes through one Autosave, which the shell flushes
 * before locking, so nothing typed is lost between the last keystroke and the lock.
 */
export function EntryEditor({
  entry,
  focusTitle = false,
  tagSuggestions,
  prompts,
  onDelete,
}: Props) {
  const [fields, setFields] = useState(() => ({
    title: entry.title,
    date: entry.date,
    mood: entry.mood ?? null,
    tags: entry.tags,
    shareLevel: entry.shareLevel,
    promptId: entry.promptId ?? null,
  }));
  const [status, setStatus] = useState<{ status: SaveStatus; error?: string }>({ status: 'saved' });
  // Started from the template, or the template chosen as its prompt: the ratings panel shows.
  const [rated, setRated] = useState(entry.thoughtRecord !== undefined);
  const client = useQueryClient();
  const [leaving, setLeaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const savedMarks = useRef(markIdsIn(entry.body).join(' '));
  const session = useMemo(
    () =>
      entrySession({
        write: async (patch: EntryPatch) => {
          const saved = await call('entries:update', { id: entry.id, patch });
          entrySaved(client, saved);
          // A passage marked or unmarked changes how its insight reads ("passage removed").
          const marks = markIdsIn(saved.body).join(' ');
          if (marks !== savedMarks.current) {
            savedMarks.current = marks;
            invalidate(client, ['insights:list', 'insights:get']);
          }
        },
        discardIfEmpty: () => call('entries:discardIfEmpty', { id: entry.id }),
        onStatus: (next, error) => setStatus({ status: next, ...(error ? { error } : {}) }),
        onLeaving: setLeaving,
        refuse: refusedFields,
      }),
    [entry.id, client],
  );
  const { autosave } = session;
  useEffect(() => {
    const unregister = registerAutosave(session.autosave);
    const closeEntry = setOpenEntry(entry.id, async () => {
      const { discarded } = await session.leave();
      if (discarded) invalidate(client, entryReads);
    });
    return () => {
      closeEntry();
      // Every way out has flushed already; this is the last guard. Should it fail, the edit
      // stays registered, so Lock and quit still try to write it and ask before dropping it.
      void session.autosave.flush().then(unregister, () => undefined);
      session.autosave.dispose();
    };
  }, [session, entry.id, client]);

  function change(patch: EntryPatch & Partial<typeof fields>) {
    setFields((current) => ({ ...current, ...patch }));
    autosave.edit(patch);
  }

  const dialog = useInsightDialog();
  const [searchParams] = useSearchParams();
  const insights: EditorInsights = {
    mark: async (quote) =>
      (await dialog.openMarkInsight({ entryId: entry.id, ...(quote ? { quote } : {}) }))?.id ??
      null,
    open: (id) => {
      if (dialog.open) return;
      call('insights:get', { id }).then(
        (insight) => void dialog.editInsight(insight),
        (error: unknown) => setRefusal(`That insight could not be opened. ${messageOf(error)}`),
      );
    },
    focusId: searchParams.get('insight'),
  };

  const journalSave = useJournalSaveState();
  const shown: SaveStatus =
    status.status === 'saved' && journalSave.status === 'failing' ? 'failed' : status.status;
  const prompt = prompts.find((p) => p.id === fields.promptId);
  return (
    <article className={styles.entryEditor} aria-label="Entry" inert={leaving}>
      <div className={styles.entryHead}>
        <div className="field grow">
          <label htmlFor="entry-title">Title</label>
          <input
            id="entry-title"
            className={styles.titleInput}
            value={fields.title}
            onChange={(e) => change({ title: e.target.value })}
            onBlur={() => void autosave.flush().catch(() => undefined)}
            placeholder="Untitled"
            autoFocus={focusTitle}
            maxLength={TITLE_MAX}
            aria-describedby="entry-title-limit"
          />
          <p id="entry-title-limit" className="hint" role="status">
            {fields.title.length >= TITLE_MAX
              ? `A title can be up to ${TITLE_MAX.toLocaleString()} characters.`
              : ''}
          </p>
        </div>
        <p
          className={`${styles.saveStatus} ${shown === 'failed' ? styles.failed : ''}`}
          role="status"
          aria-live="polite"
        >
          {statusText[shown]}
          {status.status === 'failed' && status.error ? ` — ${status.error}` : ''}
          {shown === 'failed' && status.status !== 'failed' ? ' — kept while the app retries' : ''}
        </p>
      </div>
      <div className={styles.entryMeta}>
        <div className="field">
          <label htmlFor="entry-date">Date</label>
          <input
            id="entry-date"
            type="date"
            value={fields.date}
            max="9999-12-31"
            onChange={(e) => e.target.value && change({ date: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="entry-mood">Mood</label>
          <select
            id="entry-mood"
            value={fields.mood ?? ''}
            onChange={(e) => change({ mood: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">Not set</option>
            {Object.entries(moodWords).map(([value, word]) => (
              <option key={value} value={value}>
                {value} — {word}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="entry-share">Share level</label>
          <select
            id="entry-share"
            value={fields.shareLevel}
            onChange={(e) => change({ shareLevel: e.target.value as ShareLevel })}
            aria-describedby="entry-share-help"
          >
            {Object.entries(shareLevelShort).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <p id="entry-share-help" className="hint">
            {shareLevelHelp[fields.shareLevel]}
          </p>
        </div>
        <div className="field">
          <label htmlFor="entry-prompt">Reflection prompt</label>
          <select
            id="entry-prompt"
            value={fields.promptId ?? ''}
            onChange={(e) => change({ promptId: e.target.value || null })}
          >
            <option value="">None</option>
            {prompts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.text}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TagInput
        tags={fields.tags}
        suggestions={tagSuggestions}
        onChange={(tags) => change({ tags })}
      />
      {prompt && <p className={styles.promptText}>{prompt.text}</p>}
      <ErrorText>{refusal}</ErrorText>
      <RichTextEditor
        key={entry.id}
        maxLength={BODY_MAX}
        onRefused={setRefusal}
        initialMarkdown={entry.body}
        onChange={(body) => autosave.edit({ body })}
        onBlur={() => void autosave.flush().catch(() => undefined)}
        insights={insights}
      />
      {(rated || fields.promptId === THOUGHT_RECORD_PROMPT_ID) && (
        <ThoughtRecordPanel
          initial={entry.thoughtRecord ?? { emotions: [] }}
          onChange={(thoughtRecord) => {
            setRated(true);
            autosave.edit({ thoughtRecord });
          }}
        />
      )}
      <div className={styles.entryActions}>
        <button
          type="button"
          className="danger"
          onClick={() =>
            void autosave
              .flush()
              .catch(() => undefined)
              .then(() => onDelete(entry))
          }
        >
          Delete entry
        </button>
      </div>
    </article>
  );
}
