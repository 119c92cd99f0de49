import { Link } from 'react-router';
import { formatMoney } from '../../lib/money';
import { longDay } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { NextSessionField } from './NextSessionField';
import { useSessions } from './queries';
import { minutesText, sessionPath } from './session-format';
import styles from './SessionsScreen.module.css';

/** The therapy sessions attended, newest first, and the day of the next one. */
export function SessionsScreen() {
  const sessions = useSessions();
  const list = sessions.data;
  return (
    <Page title="Sessions">
      <section className="panel">
        <NextSessionField />
      </section>
      <div>
        <Link to="/sessions/new" className={styles.logLink}>
          Log a session
        </Link>
      </div>
      <ErrorText>
        {sessions.error && `Your sessions could not be loaded. ${messageOf(sessions.error)}`}
      </ErrorText>
      {list?.length === 0 && (
        <p>
          No sessions logged yet. Log each therapy session here: when it was, how long, what it
          cost, what you took from it and the homework you agreed on.
        </p>
      )}
      {list && list.length > 0 && (
        <table className={styles.sessions}>
          <caption className="visually-hidden">Your sessions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Length</th>
              <th scope="col">Cost</th>
              <th scope="col">Therapist</th>
            </tr>
          </thead>
          <tbody>
            {list.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  <Link to={sessionPath(session.id)}>{longDay(session.date)}</Link>
                </th>
                <td>{minutesText(session.durationMinutes)}</td>
                <td>
                  {session.cost ? formatMoney(session.cost.minorUnits, session.cost.currency) : '—'}
                </td>
                <td>{session.therapist ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
