import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { goalPath } from './goal-paths';
import { useCreateGoal } from './queries';

const WORDS_REQUIRED =
  'Write what progress looks like for you. Only you can say it, so the app leaves it to you.';

/** A new goal: its title and, required, what progress looks like in the person's own words. */
export function NewGoalForm({ onCancel }: { onCancel?: (() => void) | undefined }) {
  const create = useCreateGoal();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [words, setWords] = useState('');
  const [problem, setProblem] = useState<{ field: 'title' | 'words'; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const wordsInput = useRef<HTMLTextAreaElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!title.trim()) {
      setProblem({ field: 'title', text: 'Give the goal a title.' });
      titleInput.current?.focus();
      return;
    }
    if (!words.trim()) {
      setProblem({ field: 'words', text: WORDS_REQUIRED });
      wordsInput.current?.focus();
      return;
    }
    setProblem(null);
    try {
      const goal = await create.mutateAsync({ title, whatProgressLooksLike: words });
      await navigate(goalPath(goal.id));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <section className="panel stack" aria-labelledby="new-goal-title">
      <h2 id="new-goal-title">New goal</h2>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="goal-title">Title</label>
          <input
            id="goal-title"
            ref={titleInput}
            value={title}
            maxLength={200}
            autoFocus={onCancel !== undefined}
            aria-invalid={problem?.field === 'title' || undefined}
            aria-describedby={problem?.field === 'title' ? 'goal-problem' : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="goal-words">What progress looks like, in your words</label>
          <p className="hint" id="goal-words-hint">
            How will you know it is changing? Write it as you and your therapist talked about it.
          </p>
          <textarea
            id="goal-words"
            ref={wordsInput}
            rows={4}
            value={words}
            aria-invalid={problem?.field === 'words' || undefined}
            aria-describedby={
              problem?.field === 'words' ? 'goal-words-hint goal-problem' : 'goal-words-hint'
            }
            onChange={(e) => setWords(e.target.value)}
          />
        </div>
        {problem && (
          <p role="alert" id="goal-problem" className="error">
            {problem.text}
          </p>
        )}
        <ErrorText>{error}</ErrorText>
        <div className="row">
          <button type="submit" className="primary" disabled={create.isPending}>
            Add goal
          </button>
          {onCancel && (
            <button type="button" className="quiet" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
