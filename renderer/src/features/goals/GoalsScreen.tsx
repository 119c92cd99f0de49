import { useState } from 'react';
import { Link } from 'react-router';
import type { GoalSummary } from '../../../../shared/therapy/therapy-contract';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { goalPath } from './goal-paths';
import { goalStatusLabel } from './goal-status';
import { NewGoalForm } from './NewGoalForm';
import { useGoals } from './queries';
import styles from './GoalsScreen.module.css';

/** The goals set with the therapist: each with the person's own words for progress. */
export function GoalsScreen() {
  const goals = useGoals();
  const [adding, setAdding] = useState(false);
  const list = goals.data;
  return (
    <Page title="Goals">
      <p className="hint">
        What you are working on in therapy, each with what progress looks like in your own words.
      </p>
      <ErrorText>
        {goals.error && `Your goals could not be loaded. ${messageOf(goals.error)}`}
      </ErrorText>
      {list?.length === 0 && (
        <p>
          No goals yet. Add one you have talked about with your therapist, then the steps toward it;
          insights you mark in your entries can be linked to it.
        </p>
      )}
      {list && list.length > 0 && (
        <ul className={`plain-list ${styles.goalList}`} aria-label="Your goals">
          {list.map((goal) => (
            <GoalRow key={goal.id} goal={goal} />
          ))}
        </ul>
      )}
      {list && (adding || list.length === 0) ? (
        <NewGoalForm onCancel={list.length > 0 ? () => setAdding(false) : undefined} />
      ) : (
        list && (
          <div>
            <button type="button" className="primary" onClick={() => setAdding(true)}>
              New goal
            </button>
          </div>
        )
      )}
    </Page>
  );
}

function GoalRow({ goal }: { goal: GoalSummary }) {
  const steps = goal.steps.length;
  return (
    <li className={`panel ${styles.goalRow}`}>
      <Link to={goalPath(goal.id)} className={styles.goalTitle}>
        {goal.title}
      </Link>
      <p className={styles.goalFacts}>
        <span>{goalStatusLabel[goal.status]}</span>
        <span>{steps === 0 ? 'No steps yet' : `${goal.stepsDone} of ${steps} steps done`}</span>
        {goal.insightCount > 0 && (
          <span>
            {goal.insightCount} {goal.insightCount === 1 ? 'insight' : 'insights'}
          </span>
        )}
      </p>
    </li>
  );
}
