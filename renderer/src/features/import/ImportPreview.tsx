import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ShareLevel } from '../../../../shared/domain/records';
import { tagSchema } from '../../../../shared/entries/entry-contract';
import { importFormatNames } from '../../../../shared/import/import-contract';
import type { ImportPreview as Preview } from '../../../../shared/import/import-contract';
import { mediumDate } from '../../lib/dates';
import { shareLevelHelp, shareLevelShort } from '../entries/share-levels';
import { dropLine, duplicatesLine, entriesLine, importLabel, newEntries } from './import-words';
import styles from './ImportScreen.module.css';

export interface ImportChoices {
  shareLevel: ShareLevel;
  tag: string;
}

/** The file's own tags shown before "and N more": enough to recognise the journal. */
const TAGS_SHOWN = 12;

const TAG_REFUSED = 'Give the imported entries a tag of 1 to 64 characters.';

interface Props {
  preview: Preview;
  importing: boolean;
  onConfirm: (choices: ImportChoices) => void;
  onCancel: () => void;
}

/** What a chosen file would bring in, and the two choices made before confirming. */
export function ImportPreview({ preview, importing, onConfirm, onCancel }: Props) {
  const [shareLevel, setShareLevel] = useState<ShareLevel>('private');
  const [tag, setTag] = useState('imported');
  const [tagError, setTagError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const count = newEntries(preview);
  const duplicates = duplicatesLine(preview);

  // A preview replaces the busy line the person was hearing: take them to it.
  useEffect(() => heading.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = tagSchema.safeParse(tag);
    if (!parsed.success) {
      setTagError(TAG_REFUSED);
      return;
    }
    setTagError(null);
    onConfirm({ shareLevel, tag: parsed.data });
  }

  return (
    <section className="panel stack" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" ref={heading} tabIndex={-1}>
        What “{preview.source}” holds
      </h2>
      <dl className={styles.facts}>
        <dt>Format</dt>
        <dd>{importFormatNames[preview.format]}</dd>
        <dt>Entries</dt>
        <dd>{entriesLine(preview)}</dd>
        {preview.from && preview.to && (
          <>
            <dt>Dates</dt>
            <dd>
              {preview.from === preview.to
                ? mediumDate(preview.from)
                : `${mediumDate(preview.from)} to ${mediumDate(preview.to)}`}
            </dd>
          </>
        )}
        <dt>Tags</dt>
        <dd>
          {preview.tags.length === 0 ? (
            'None'
          ) : (
            <ul className={styles.tags} aria-label="Tags in the file">
              {preview.tags.slice(0, TAGS_SHOWN).map(({ tag: name, count: n }) => (
                <li key={name}>
                  <span className="tag">#{name}</span> <span className="hint">({n})</span>
                </li>
              ))}
              {preview.tags.length > TAGS_SHOWN && (
                <li className="hint">and {preview.tags.length - TAGS_SHOWN} more</li>
              )}
            </ul>
          )}
        </dd>
      </dl>
      {duplicates && <p>{duplicates}</p>}
      {preview.dropped.length > 0 && (
        <div className="stack">
          <h3 id="import-dropped-title">What will not come in</h3>
          <ul className={styles.dropped} aria-labelledby="import-dropped-title">
            {preview.dropped.map((drop) => (
              <li key={drop.reason}>{dropLine(drop)}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.entries === 0 ? (
        <div className="row">
          <button type="button" onClick={onCancel}>
            Close this preview
          </button>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} aria-label="Import choices" noValidate>
          <div className="field">
            <label htmlFor="import-share">Share level of the imported entries</label>
            <select
              id="import-share"
              value={shareLevel}
              onChange={(e) => setShareLevel(e.target.value as ShareLevel)}
              aria-describedby="import-share-help"
              disabled={importing}
            >
              {Object.entries(shareLevelShort).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <p id="import-share-help" className="hint">
              {shareLevelHelp[shareLevel]} You can change it for any entry later.
            </p>
          </div>
          <div className="field">
            <label htmlFor="import-tag">Tag for the imported entries</label>
            <input
              id="import-tag"
              value={tag}
              onChange={(e) => setTag(e.target.value)}
              aria-describedby={tagError ? 'import-tag-error import-tag-help' : 'import-tag-help'}
              aria-invalid={tagError ? true : undefined}
              disabled={importing}
            />
            {tagError && (
              <p id="import-tag-error" role="alert" className="field-error">
                {tagError}
              </p>
            )}
            <p id="import-tag-help" className="hint">
              Every imported entry carries it, beside the file’s own tags. You can rename or delete
              it later on the Tags screen.
            </p>
          </div>
          <p className="hint">
            A backup of your journal is made just before the import, and the import is all or
            nothing.
          </p>
          <div className="row">
            <button type="submit" className="primary" disabled={importing}>
              {importing ? 'Importing…' : importLabel(count)}
            </button>
            <button type="button" className="quiet" onClick={onCancel} disabled={importing}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
