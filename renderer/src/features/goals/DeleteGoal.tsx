import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Goal } from '../../../../shared/domain/records';
import { messageOf } from '../../lib/result';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
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
        <ConfirmPanel
          question={`Delete the goal “${goal.title}” and its steps? The insights linked to it are kept; they are only no longer linked to this goal.`}
          confirmLabel="Yes, delete goal"
          busy={del.isPending}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
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
