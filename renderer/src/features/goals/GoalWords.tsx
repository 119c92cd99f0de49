import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Goal } from '../../../../shared/domain/records';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { useUpdateGoal } from './queries';
import styles from './GoalWords.module.css';

/** What progress looks like, as the person wrote it, and editing it with the title. */
export function GoalWords({ goal, onSaved }: { goal: Goal; onSaved: (said: string) => void }) {
  const [editing, setEditing] = useState(false);
  return (
    <section className="stack" aria-labelledby="goal-words-title">
      <h2 id="goal-words-title">What progress looks like</h2>
      {editing ? (
        <EditWords
          goal={goal}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onSaved('Saved.');
          }}
        />
      ) : (
        <>
          <blockquote className={styles.words}>{goal.whatProgressLooksLike}</blockquote>
          <div>
            <button type="button" onClick={() => setEditing(true)}>
              Edit title and words
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function EditWords({ goal, onDone }: { goal: Goal; onDone: (saved: boolean) => void }) {
  const update = useUpdateGoal();
  const [title, setTitle] = useState(goal.title);
  const [words, setWords] = useState(goal.whatProgressLooksLike);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setError('Give the goal a title.');
    if (!words.trim()) {
      return setError(
        'Write what progress looks like for you. Only you can say it, so the app leaves it to you.',
      );
    }
    try {
      await update.mutateAsync({
        id: goal.id,
        patch: { title, whatProgressLooksLike: words },
      });
      onDone(true);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor="edit-goal-title">Title</label>
        <input
          id="edit-goal-title"
          value={title}
          maxLength={200}
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="edit-goal-words">What progress looks like, in your words</label>
        <textarea
          id="edit-goal-words"
          rows={5}
          value={words}
          onChange={(e) => setWords(e.target.value)}
        />
      </div>
      <ErrorText>{error}</ErrorText>
      <div className="row">
        <button type="submit" className="primary" disabled={update.isPending}>
          Save
        </button>
        <button type="button" className="quiet" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
