import { useState } from 'react';
import type { FormEvent } from 'react';
import { normalizeTag, tagKey } from '../../../../shared/domain/tag-names';
import type { TagCount } from '../../../../shared/entries/entry-contract';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { useTags } from '../entries/queries';
import { useDeleteTag, useRenameTag } from './queries';
import { Page } from '../../ui/Page';
import styles from './TagsScreen.module.css';

/** Rename, merge and delete tags across every entry; each change is one save. */
export function TagsScreen() {
  const list = useTags();
  const renaming = useRenameTag();
  const deleting = useDeleteTag();
  const tags = list.data ?? [];
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);

  async function run(action: Promise<TagCount[]>, done: string) {
    try {
      await action;
      setMessage({ kind: 'done', text: done });
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
    setEditing(null);
    setConfirmDelete(null);
  }

  return (
    <Page title="Tags">
      <p className="hint">
        Renaming a tag changes it in every entry. Renaming it to a tag you already use merges the
        two.
      </p>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
          {message.text}
        </p>
      )}
      <ErrorText>
        {list.error && `Your tags could not be loaded. ${messageOf(list.error)}`}
      </ErrorText>
      {!list.data ? null : tags.length === 0 ? (
        <p>No tags yet. Add tags to an entry and they will appear here.</p>
      ) : (
        <table className={styles.tagsTable}>
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col">Entries</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tags.map(({ tag, count }) => (
              <tr key={tag}>
                <td>
                  {editing === tag ? (
                    <RenameForm
                      tag={tag}
                      onCancel={() => setEditing(null)}
                      onRename={(to) =>
                        void run(
                          renaming.mutateAsync({ from: tag, to }),
                          tags.some((t) => tagKey(t.tag) === tagKey(to) && t.tag !== tag)
                            ? `Merged “${tag}” into “${to}”.`
                            : `Renamed “${tag}” to “${to}”.`,
                        )
                      }
                    />
                  ) : (
                    <span className="tag">#{tag}</span>
                  )}
                </td>
                <td>{count}</td>
                <td className="row">
                  {confirmDelete === tag ? (
                    <>
                      <span>Remove from {count === 1 ? 'its entry' : `all ${count} entries`}?</span>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => void run(deleting.mutateAsync({ tag }), `Deleted “${tag}”.`)}
                      >
                        Yes, delete
                      </button>
                      <button
                        type="button"
                        className="quiet"
                        onClick={() => setConfirmDelete(null)}
                      >
                        Cancel
                      </button>
                    </>
                  ) : (
                    <>
                      <button
                        type="button"
                        aria-label={`Rename ${tag}`}
                        onClick={() => setEditing(tag)}
                      >
                        Rename
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={`Delete ${tag}`}
                        onClick={() => setConfirmDelete(tag)}
                      >
                        Delete
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

function RenameForm({
  tag,
  onRename,
  onCancel,
}: {
  tag: string;
  onRename: (to: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(tag);
  function submit(event: FormEvent) {
    event.preventDefault();
    const to = normalizeTag(value);
    if (to && to !== tag) onRename(to);
    else onCancel();
  }
  return (
    <form className="row" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={`rename-${tag}`}>
        New name for {tag}
      </label>
      <input
        id={`rename-${tag}`}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoFocus
      />
      <button type="submit">Save</button>
      <button type="button" className="quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
