import { useEffect, useMemo, useRef, useState } from 'react';
import type { Entry, EntryPatch, Prompt } from '../../../../shared/entries/entry-contract';
import type { ShareLevel } from '../../../../shared/domain/records';
import { journal } from '../../journal';
import { unwrap } from '../../lib/result';
import { useJournalSaveState } from '../shell/save-state-context';
import { Autosave, registerAutosave } from './autosave';
import type { SaveStatus } from './autosave';
import { moodWords } from './mood';
import { RichTextEditor } from './RichTextEditor';
import { shareLevelHelp, shareLevelShort } from './share-levels';
import { TagInput } from './TagInput';

interface Props {
  entry: Entry;
  /** A new entry starts with the cursor in its title. */
  focusTitle?: boolean;
  tagSuggestions: string[];
  prompts: Prompt[];
  onSaved: (entry: Entry) => void;
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
  onSaved,
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
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const autosave = useMemo(
    () =>
      new Autosave({
        write: async (patch: EntryPatch) => {
          const saved = await unwrap(journal().entries.update({ id: entry.id, patch }));
          onSavedRef.current(saved);
        },
        onStatus: (next, error) => setStatus({ status: next, ...(error ? { error } : {}) }),
      }),
    [entry.id],
  );
  useEffect(() => {
    const unregister = registerAutosave(autosave);
    return () => {
      unregister();
      // Leaving the entry (another one picked, the screen changed) writes what was typed.
      void autosave.flush().catch(() => undefined);
      autosave.dispose();
    };
  }, [autosave]);

  function change(patch: EntryPatch & Partial<typeof fields>) {
    setFields((current) => ({ ...current, ...patch }));
    autosave.edit(patch);
  }

  const journalSave = useJournalSaveState();
  const shown: SaveStatus =
    status.status === 'saved' && journalSave.status === 'failing' ? 'failed' : status.status;
  const prompt = prompts.find((p) => p.id === fields.promptId);
  return (
    <article className="entry-editor" aria-label="Entry">
      <div className="entry-head">
        <div className="field grow">
          <label htmlFor="entry-title">Title</label>
          <input
            id="entry-title"
            className="title-input"
            value={fields.title}
            onChange={(e) => change({ title: e.target.value })}
            onBlur={() => void autosave.flush().catch(() => undefined)}
            placeholder="Untitled"
            autoFocus={focusTitle}
          />
        </div>
        <p className={`save-status ${shown}`} role="status" aria-live="polite">
          {statusText[shown]}
          {status.status === 'failed' && status.error ? ` — ${status.error}` : ''}
          {shown === 'failed' && status.status !== 'failed' ? ' — kept while the app retries' : ''}
        </p>
      </div>
      <div className="entry-meta">
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
      {prompt && <p className="prompt-text">{prompt.text}</p>}
      <RichTextEditor
        key={entry.id}
        initialMarkdown={entry.body}
        onChange={(body) => autosave.edit({ body })}
        onBlur={() => void autosave.flush().catch(() => undefined)}
      />
      <div className="entry-actions">
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
