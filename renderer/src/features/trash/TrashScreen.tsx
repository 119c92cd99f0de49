import { useState } from 'react';
import { longDay, mediumDate } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { usePurgeEntry, useRestoreEntry, useTrash } from '../entries/queries';
import { Page } from '../../ui/Page';
import styles from './TrashScreen.module.css';

/** Deleted entries, kept 30 days: restore one, or remove it for good. */
export function TrashScreen() {
  const trash = useTrash();
  const restore = useRestoreEntry();
  const purge = usePurgeEntry();
  const [confirming, setConfirming] = useState<string | null>(null);
  const items = trash.data;
  const failed = trash.error ?? restore.error ?? purge.error;

  return (
    <Page title="Trash">
      <p className="hint">Deleted entries stay here for 30 days, then they are removed for good.</p>
      <ErrorText>{failed && messageOf(failed)}</ErrorText>
      {items?.length === 0 && <p>The trash is empty.</p>}
      {items && items.length > 0 && (
        <ul className={`plain-list ${styles.trashList}`} aria-label="Deleted entries">
          {items.map((item) => {
            const title = item.title.trim() || 'Untitled';
            return (
              <li key={item.id} className="panel">
                <div>
                  <strong>{title}</strong> · {longDay(item.date)}
                  <p className="hint">Removed for good on {mediumDate(item.purgeAt)}</p>
                  {item.excerpt && <p className="hint">{item.excerpt}</p>}
                </div>
                <div className="row">
                  <button
                    type="button"
                    aria-label={`Restore ${title}`}
                    onClick={() => restore.mutate({ id: item.id })}
                  >
                    Restore
                  </button>
                  {confirming === item.id ? (
                    <>
                      <button
                        type="button"
                        className="danger"
                        onClick={() =>
                          purge.mutate({ id: item.id }, { onSettled: () => setConfirming(null) })
                        }
                      >
                        Yes, delete forever
                      </button>
                      <button type="button" className="quiet" onClick={() => setConfirming(null)}>
                        Cancel
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Delete ${title} forever`}
                      onClick={() => setConfirming(item.id)}
                    >
                      Delete forever
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Page>
  );
}
