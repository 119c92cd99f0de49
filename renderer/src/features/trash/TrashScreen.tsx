import { useCallback, useEffect, useState } from 'react';
import type { TrashedEntry } from '../../../../shared/entries/entry-contract';
import { journal } from '../../journal';
import { longDay } from '../../lib/dates';
import { messageOf, unwrap } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';

/** Deleted entries, kept 30 days: restore one, or remove it for good. */
export function TrashScreen() {
  const [items, setItems] = useState<TrashedEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setItems(await unwrap(journal().entries.trash()));
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function act(call: Promise<unknown>) {
    try {
      await call;
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
    setConfirming(null);
    void load();
  }

  return (
    <div className="stack">
      <h2>Trash</h2>
      <p className="hint">Deleted entries stay here for 30 days, then they are removed for good.</p>
      <ErrorText>{error}</ErrorText>
      {items?.length === 0 && <p>The trash is empty.</p>}
      {items && items.length > 0 && (
        <ul className="trash-list" aria-label="Deleted entries">
          {items.map((item) => {
            const title = item.title.trim() || 'Untitled';
            return (
              <li key={item.id} className="panel">
                <div>
                  <strong>{title}</strong> · {longDay(item.date)}
                  <p className="hint">
                    Removed for good on {new Date(item.purgeAt).toLocaleDateString()}
                  </p>
                  {item.excerpt && <p className="entry-row-text">{item.excerpt}</p>}
                </div>
                <div className="row">
                  <button
                    type="button"
                    aria-label={`Restore ${title}`}
                    onClick={() => void act(unwrap(journal().entries.restore({ id: item.id })))}
                  >
                    Restore
                  </button>
                  {confirming === item.id ? (
                    <>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => void act(unwrap(journal().entries.purge({ id: item.id })))}
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
    </div>
  );
}
