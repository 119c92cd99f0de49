import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { TAG_MAX, TAGS_PER_ENTRY_MAX } from '../../../../shared/entries/limits';
import { normalizeTag, tagKey } from '../../../../shared/domain/tag-names';
import styles from './TagInput.module.css';

/** Tags as removable chips, with suggestions from the tags already in the journal. */
export function TagInput({
  tags,
  suggestions,
  onChange,
  label = 'Tags',
}: {
  tags: string[];
  suggestions: string[];
  onChange: (tags: string[]) => void;
  label?: string;
}) {
  const [draft, setDraft] = useState('');
  const [full, setFull] = useState(false);
  const inputId = useId();
  const listId = useId();

  function add(raw: string) {
    const tag = normalizeTag(raw);
    setDraft('');
    if (!tag || tags.some((t) => tagKey(t) === tagKey(tag))) return;
    // Said, not silently ignored: the tag typed is kept in the field.
    if (tags.length >= TAGS_PER_ENTRY_MAX) {
      setDraft(tag);
      setFull(true);
      return;
    }
    setFull(false);
    onChange([...tags, tag]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  }

  const lower = new Set(tags.map(tagKey));
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <div className={styles.chips}>
        {tags.map((tag) => (
          <span key={tag} className={styles.chip}>
            {tag}
            <button
              type="button"
              className={styles.chipRemove}
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </span>
        ))}
        <input
          id={inputId}
          list={listId}
          value={draft}
          onChange={(e) => {
            const value = e.target.value;
            // Picking a suggestion from the list fills the whole value at once: take it as a tag.
            if (suggestions.includes(value) && value.length - draft.length > 1) add(value);
            else setDraft(value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => draft && add(draft)}
          placeholder={tags.length ? '' : 'Add a tag and press Enter'}
          autoComplete="off"
          maxLength={TAG_MAX}
          aria-describedby={`${inputId}-note`}
        />
        <datalist id={listId}>
          {suggestions
            .filter((s) => !lower.has(tagKey(s)))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
      </div>
      <p id={`${inputId}-note`} className="hint" role="status">
        {full
          ? `An entry can have up to ${TAGS_PER_ENTRY_MAX} tags. Remove one to add another.`
          : draft.length >= TAG_MAX
            ? `A tag can be up to ${TAG_MAX} characters.`
            : ''}
      </p>
    </div>
  );
}
