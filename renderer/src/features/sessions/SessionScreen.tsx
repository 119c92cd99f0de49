import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { HomeworkStatus, Session } from '../../../../shared/domain/records';
import { formatMoney } from '../../lib/money';
import { isLogged } from '../../../../shared/report/prep-draft';
import { longDay, today } from '../../lib/dates';
import { NoteText } from '../prep/NoteText';
import { prepPath } from '../prep/prep-path';
import { messageOf } from '../../lib/result';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { useSettings } from '../settings/queries';
import { DiscussedList } from './DiscussedList';
import { useDeleteSession, useSession, useUpdateSession } from './queries';
import { homeworkStatuses, homeworkStatusLabel, minutesText } from './session-format';
import { SessionForm } from './SessionForm';
import styles from './SessionScreen.module.css';

/** One session: what was logged, its homework (whose status can change here), edit and delete. */
export function SessionScreen() {
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  if (!session.data) {
    return (
      <Page title="Session">
        <ErrorText>{session.error && messageOf(session.error)}</ErrorText>
        {session.error && (
          <p>
            <Link to="/sessions">Back to your sessions</Link>
          </p>
        )}
      </Page>
    );
  }
  return <SessionPage key={sessionId} session={session.data} />;
}

function SessionPage({ session }: { session: Session }) {
  const location = useLocation();
  const navigate = useNavigate();
  const settings = useSettings();
  const update = useUpdateSession();
  const del = useDeleteSession();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState<string>(
    (location.state as { said?: string } | null)?.said ?? '',
  );
  const [error, setError] = useState<string | null>(null);

  async function setHomeworkStatus(id: string, status: HomeworkStatus) {
    setError(null);
    try {
      await update.mutateAsync({
        id: session.id,
        patch: {
          homework: session.homework.map((item) => (item.id === id ? { ...item, status } : item)),
        },
      });
      setSaid(`Homework marked ${homeworkStatusLabel[status].toLowerCase()}.`);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function remove() {
    try {
      await del.mutateAsync({ id: session.id });
      await navigate('/sessions');
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const title = `Session on ${longDay(session.date)}`;
  if (editing && settings.data) {
    return (
      <Page title={`Edit: ${title}`}>
        <SessionForm
          session={session}
          defaultCurrency={settings.data.currency}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSubmit={async (values) => {
            await update.mutateAsync({ id: session.id, patch: values });
            setEditing(false);
            setSaid('Changes saved.');
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={title}>
      <p>
        <Link to="/sessions" className={styles.back}>
          All sessions
        </Link>
      </p>
      <p role="status" className={styles.said}>
        {said}
      </p>
      <ErrorText>{error}</ErrorText>
      <dl className={styles.facts}>
        <div>
          <dt>Length</dt>
          <dd>{minutesText(session.durationMinutes)}</dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd>
            {session.cost ? formatMoney(session.cost.minorUnits, session.cost.currency) : 'None'}
          </dd>
        </div>
        {session.therapist && (
          <div>
            <dt>Therapist</dt>
            <dd>{session.therapist}</dd>
          </div>
        )}
      </dl>
      {session.prepNote.trim() ? (
        <section className="stack" aria-labelledby="prep-title">
          <h2 id="prep-title">Prepared beforehand</h2>
          <div>
            <NoteText markdown={session.prepNote} level={3} />
          </div>
          {!isLogged(session, today()) && (
            <p>
              <Link to={prepPath(session.date)}>Change the prep note</Link>
            </p>
          )}
        </section>
      ) : (
        !isLogged(session, today()) && (
          <p>
            <Link to={prepPath(session.date)}>Prepare a note for this session</Link>
          </p>
        )
      )}
      <section className="stack" aria-labelledby="reflection-title">
        <h2 id="reflection-title">Reflection</h2>
        {session.reflection.trim() ? (
          <p className={styles.text}>{session.reflection}</p>
        ) : (
          <p className="hint">Nothing written yet. Edit the session to add what stayed with you.</p>
        )}
      </section>
      <section className="stack" aria-labelledby="homework-title">
        <h2 id="homework-title">Homework</h2>
        {session.homework.length === 0 ? (
          <p className="hint">No homework from this session.</p>
        ) : (
          <ul className={`plain-list ${styles.homework}`} aria-label="Homework">
            {session.homework.map((item) => (
              <li key={item.id} className={styles.homeworkItem}>
                <div className="grow">
                  <p>{item.text}</p>
                  {item.note && <p className="hint">{item.note}</p>}
                </div>
                <label className="visually-hidden" htmlFor={`status-${item.id}`}>
                  Status of {item.text}
                </label>
                <select
                  id={`status-${item.id}`}
                  className={styles.status}
                  value={item.status}
                  onChange={(e) =>
                    void setHomeworkStatus(item.id, e.target.value as HomeworkStatus)
                  }
                >
                  {homeworkStatuses.map((status) => (
                    <option key={status} value={status}>
                      {homeworkStatusLabel[status]}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        )}
      </section>
      <DiscussedList ids={session.discussedInsightIds} />
      <div className="row">
        <button type="button" onClick={() => setEditing(true)} disabled={!settings.data}>
          Edit session
        </button>
        {!confirming && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete session
          </button>
        )}
      </div>
      {confirming && (
        <ConfirmPanel
          question="Delete this session and its homework? Insights discussed in it will show as not yet discussed again."
          confirmLabel="Yes, delete session"
          busy={del.isPending}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </Page>
  );
}
