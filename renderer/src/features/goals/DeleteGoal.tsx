import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Goal } from '../../../../shared/domain/records';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { useDeleteGoal } from './queries';

/** Deleting a goal, after saying what happens to what is linked to it. */
export function DeleteGoal({ goal }: { goal: Goal }) {
  const del = useDeleteGoal();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    try {
      await del.mutateAsync({ id: goal.id });
      await navigate('/goals');
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <section className="stack" aria-label="Delete goal">
      {confirming ? (
        <div className="panel stack" role="group" aria-labelledby="delete-goal-question">
          <p id="delete-goal-question">
            Delete the goal “{goal.title}” and its steps? The insights linked to it are kept; they
            are only no longer linked to this goal.
          </p>
          <div className="row">
            <button
              type="button"
              className="danger"
              autoFocus
              disabled={del.isPending}
              onClick={() => void confirm()}
            >
              Yes, delete goal
            </button>
            <button type="button" className="quiet" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete goal
          </button>
        </div>
      )}
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
