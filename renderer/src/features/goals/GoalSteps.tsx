import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Goal, GoalStep } from '../../../../shared/domain/records';
import { mediumDate } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { useAddStep, useRemoveStep, useUpdateStep } from './queries';
import styles from './GoalSteps.module.css';

/** The steps toward a goal: ticked done (with the day), unticked, added and removed. */
export function GoalSteps({ goal, onSaid }: { goal: Goal; onSaid: (said: string) => void }) {
  const add = useAddStep();
  const update = useUpdateStep();
  const remove = useRemoveStep();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A tick shows within the click itself: the cache's early copy renders a moment later, and a
  // controlled checkbox would snap back in between.
  const [ticking, setTicking] = useState<{ id: string; done: boolean } | null>(null);

  async function run(action: Promise<unknown>, said: string) {
    setError(null);
    try {
      await action;
      onSaid(said);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setError('Write the step first.');
    if (await run(add.mutateAsync({ goalId: goal.id, text }), 'Step added.')) setText('');
  }

  function toggle(step: GoalStep) {
    const done = !step.done;
    setTicking({ id: step.id, done });
    void run(
      update.mutateAsync({ goalId: goal.id, stepId: step.id, done }),
      done ? 'Step done.' : 'Step marked not done.',
    ).finally(() => setTicking(null));
  }

  return (
    <section className="stack" aria-labelledby="goal-steps-title">
      <h2 id="goal-steps-title">Steps</h2>
      {goal.steps.length === 0 ? (
        <p className="hint">
          No steps yet. Small ones count: break the goal into things you can try.
        </p>
      ) : (
        <ul className={`plain-list ${styles.steps}`} aria-label="Steps">
          {goal.steps.map((step) => (
            <li key={step.id} className={styles.step}>
              <label className={`check ${styles.stepLabel}`}>
                <input
                  type="checkbox"
                  checked={ticking?.id === step.id ? ticking.done : step.done}
                  onChange={() => toggle(step)}
                />
                <span className={step.done ? styles.done : undefined}>{step.text}</span>
              </label>
              {step.done && step.doneAt && (
                <span className="hint">Done {mediumDate(step.doneAt)}</span>
              )}
              <button
                type="button"
                className="quiet"
                aria-label={`Remove step: ${step.text}`}
                onClick={() =>
                  void run(
                    remove.mutateAsync({ goalId: goal.id, stepId: step.id }),
                    'Step removed.',
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={(e) => void submit(e)} noValidate>
        <label className="grow">
          New step
          <input value={text} maxLength={500} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit" className={styles.addStep} disabled={add.isPending}>
          Add step
        </button>
      </form>
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
