import { Link } from 'react-router';
import { isSafetyPlanEmpty } from '../../../../shared/therapy/safety-plan';
import { messageOf } from '../../lib/result';
import { SafetyPlanView } from './SafetyPlanView';
import { useSafetyPlan } from './queries';
import styles from './SafetyPlanCard.module.css';

/**
 * Brought up by any answer above "Not at all" to PHQ-9 item 9, before any score: the person's
 * own plan and numbers, and a plain suggestion to reach out now. The app contacts no one.
 */
export function SafetyPlanCard() {
  const plan = useSafetyPlan();
  return (
    <section aria-labelledby="safety-card-title" className={styles.card}>
      <h2 id="safety-card-title">Your safety plan</h2>
      <p>
        If you are having thoughts of being better off dead or of hurting yourself, please tell your
        therapist, or call a crisis line, now. You do not have to wait for your next session.
      </p>
      {plan.error ? (
        <p role="alert" className="error">
          Your safety plan could not be shown. {messageOf(plan.error)}
        </p>
      ) : !plan.data ? null : isSafetyPlanEmpty(plan.data) ? (
        <p>
          You have not written a safety plan yet.{' '}
          <Link to="/safety-plan">Write your safety plan</Link>, ideally with your therapist: the
          steps and people that help, and the numbers you would call.
        </p>
      ) : (
        <>
          <SafetyPlanView plan={plan.data} level={3} />
          <p>
            <Link to="/safety-plan">Open your safety plan</Link>
          </p>
        </>
      )}
      <p className="hint">
        This app does not contact anyone. What you answer stays on this computer.
      </p>
    </section>
  );
}
