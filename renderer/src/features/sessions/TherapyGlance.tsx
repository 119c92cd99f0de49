import { useState } from 'react';
import { Link } from 'react-router';
import type { Homework, HomeworkStatus } from '../../../../shared/domain/records';
import { daysBetween } from '../../../../shared/therapy/days';
import { daysUntilNextSession, nextSessionText } from '../../../../shared/therapy/glance';
import type { TherapyGlance as Glance } from '../../../../shared/therapy/therapy-contract';
import { call } from '../../lib/call';
import { shortDay, today } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { useTherapyGlance, useUpdateSession } from './queries';
import { sessionPath } from './session-format';
import styles from './TherapyGlance.module.css';

/**
 * Therapy, in a few quiet lines above the timeline: how far off the next session is, homework
 * still open from the last one (markable right here), and a check-in that is due. Nothing shows
 * when there is nothing to say.
 */
export function TherapyGlance() {
  const glance = useTherapyGlance();
  const [said, setSaid] = useState('');
  const data = glance.data;
  if (!data) return null;
  const day = today();
  const days = daysUntilNextSession(day, data.nextSessionDate);
  const quiet = days === null && !data.openHomework && data.checkInsDue.length === 0;
  return (
    <section className={styles.glance} aria-label="Therapy at a glance" hidden={quiet && !said}>
      {days !== null && (
        <p className={styles.nextRow}>
          <Link to="/sessions" className={styles.next}>
            {nextSessionText(days)}
          </Link>
          <Link to="/prepare" className={styles.prepare}>
            Prepare a note for it
          </Link>
        </p>
      )}
      {data.checkInsDue.map(({ instrument, lastDate }) => (
        <p key={instrument}>
          It’s been {daysBetween(lastDate, day)} days since your last {instrument}.{' '}
          <Link to="/check-ins">Take a check-in</Link>
        </p>
      ))}
      {data.openHomework && <OpenHomework homework={data.openHomework} onSaid={setSaid} />}
      <p role="status" className={styles.said}>
        {said}
      </p>
    </section>
  );
}

function OpenHomework({
  homework,
  onSaid,
}: {
  homework: NonNullable<Glance['openHomework']>;
  onSaid: (said: string) => void;
}) {
  const update = useUpdateSession();
  const [error, setError] = useState<string | null>(null);

  async function mark(item: Homework, status: HomeworkStatus) {
    setError(null);
    try {
      // The session is read afresh so its other homework is sent back exactly as stored.
      const session = await call('sessions:get', { id: homework.sessionId });
      await update.mutateAsync({
        id: session.id,
        patch: {
          homework: session.homework.map((h) => (h.id === item.id ? { ...h, status } : h)),
        },
      });
      onSaid(`Marked ${status}: ${item.text}`);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <details open className={styles.homework}>
      <summary>
        Homework from your session on {shortDay(homework.sessionDate)} ({homework.items.length}{' '}
        open)
      </summary>
      <ul className={styles.items} aria-label="Open homework">
        {homework.items.map((item) => (
          <li key={item.id} className={styles.item}>
            <span className="grow">{item.text}</span>
            <span className={styles.actions}>
              <button
                type="button"
                aria-label={`Mark “${item.text}” tried`}
                disabled={update.isPending}
                onClick={() => void mark(item, 'tried')}
              >
                Tried
              </button>
              <button
                type="button"
                aria-label={`Mark “${item.text}” done`}
                disabled={update.isPending}
                onClick={() => void mark(item, 'done')}
              >
                Done
              </button>
            </span>
          </li>
        ))}
      </ul>
      <Link to={sessionPath(homework.sessionId)}>Open the session</Link>
      <ErrorText>{error}</ErrorText>
    </details>
  );
}
