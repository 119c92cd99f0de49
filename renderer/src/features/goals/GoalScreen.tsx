import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { GoalStatus } from '../../../../shared/domain/records';
import type { GoalDetail } from '../../../../shared/therapy/therapy-contract';
import { mediumDate } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { DeleteGoal } from './DeleteGoal';
import { GoalChart } from './GoalChart';
import { GoalInsights } from './GoalInsights';
import { goalStatuses, goalStatusLabel } from './goal-status';
import { GoalSteps } from './GoalSteps';
import { GoalWords } from './GoalWords';
import { useGoal, useUpdateGoal } from './queries';
import styles from './GoalScreen.module.css';

/** One goal: the person's words, its status and steps, what is linked to it, and its months. */
export function GoalScreen() {
  const { goalId = '' } = useParams();
  const detail = useGoal(goalId);
  if (!detail.data) {
    return (
      <Page title="Goal">
        <ErrorText>{detail.error && messageOf(detail.error)}</ErrorText>
        {detail.error && (
          <p>
            <Link to="/goals">Back to your goals</Link>
          </p>
        )}
      </Page>
    );
  }
  return <GoalPage key={goalId} detail={detail.data} />;
}

type Where = 'words' | 'status' | 'steps';

function GoalPage({ detail }: { detail: GoalDetail }) {
  const { goal } = detail;
  const update = useUpdateGoal();
  // Quiet acknowledgements: one short line beside what changed, read out politely, nothing more.
  const [said, setSaid] = useState<{ where: Where; text: string } | null>(null);
  const say = (where: Where) => (text: string) => setSaid({ where, text });
  const saidAt = (where: Where) => (
    <p role="status" className={styles.said}>
      {said?.where === where ? said.text : ''}
    </p>
  );
  const [error, setError] = useState<string | null>(null);
  // The chosen status shows within the click itself: the cache's early copy renders a moment
  // later, and a controlled radio would snap back to the old one in between.
  const [choosing, setChoosing] = useState<GoalStatus | null>(null);

  async function setStatus(status: GoalStatus) {
    setError(null);
    setChoosing(status);
    try {
      await update.mutateAsync({ id: goal.id, patch: { status } });
      say('status')(
        status === 'achieved'
          ? 'Marked achieved.'
          : status === 'paused'
            ? 'Marked paused.'
            : 'Marked active.',
      );
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setChoosing(null);
    }
  }

  return (
    <Page title={goal.title}>
      <p>
        <Link to="/goals" className={styles.back}>
          All goals
        </Link>
      </p>
      <GoalWords goal={goal} onSaved={say('words')} />
      {saidAt('words')}
      <fieldset className="choices">
        <legend>Status</legend>
        {goalStatuses.map((status) => (
          <label key={status} className="check">
            <input
              type="radio"
              name="goal-status"
              value={status}
              checked={(choosing ?? goal.status) === status}
              onChange={() => void setStatus(status)}
            />
            {goalStatusLabel[status]}
          </label>
        ))}
      </fieldset>
      {goal.achievedAt && (
        <p className="hint">
          {goal.status === 'achieved' ? 'Achieved on' : 'Last marked achieved on'}{' '}
          {mediumDate(goal.achievedAt)}
        </p>
      )}
      {saidAt('status')}
      <ErrorText>{error}</ErrorText>
      <GoalSteps goal={goal} onSaid={say('steps')} />
      {saidAt('steps')}
      <GoalChart timeline={detail.timeline} />
      <GoalInsights insights={detail.insights} />
      <DeleteGoal goal={goal} />
    </Page>
  );
}
