import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CheckIn } from '../../../../shared/domain/records';
import { lastCheckInDates } from '../../../../shared/therapy/check-in-trends';
import { INSTRUMENTS } from '../../../../shared/therapy/instruments';
import { mediumDate } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { CheckInTable } from './CheckInTable';
import { instrumentInfo, takePath } from './instruments';
import { useCheckIns, useDeleteCheckIn } from './queries';
import { TrendChart } from './TrendChart';
import styles from './CheckIns.module.css';

/** The PHQ-9 and GAD-7: take one, and see each one's scores over time. */
export function CheckInsScreen() {
  const list = useCheckIns();
  const remove = useDeleteCheckIn();
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const checkIns = list.data ?? [];

  // The row (and its buttons) are gone after a delete: focus goes to what happened.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const last = lastCheckInDates(checkIns);

  async function deleteOne(checkIn: CheckIn) {
    try {
      await remove.mutateAsync({ id: checkIn.id });
      setMessage({
        kind: 'done',
        text: `Deleted the ${checkIn.instrument} of ${mediumDate(checkIn.date)}.`,
      });
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  }

  return (
    <Page title="Check-ins">
      <p>
        Two short questionnaires many therapists use: the PHQ-9 asks about mood, the GAD-7 about
        anxiety. Each takes a few minutes. They are self-checks, to follow how you are doing and to
        talk over with your therapist — never a diagnosis.
      </p>
      <ul className={styles.start}>
        {INSTRUMENTS.map((instrument) => (
          <li key={instrument} className={`panel ${styles.startItem}`}>
            <Link to={takePath(instrument)} className={styles.startLink}>
              Take the {instrument}
            </Link>
            <p className="hint">
              About {instrumentInfo[instrument].about}.{' '}
              {last[instrument] ? `Last taken ${mediumDate(last[instrument])}.` : 'Not taken yet.'}
            </p>
          </li>
        ))}
      </ul>
      <ErrorText>
        {list.error && `Your check-ins could not be loaded. ${messageOf(list.error)}`}
      </ErrorText>
      {message && (
        <p
          ref={messageRef}
          tabIndex={-1}
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind}
        >
          {message.text}
        </p>
      )}
      {list.data && checkIns.length === 0 && (
        <p className="hint">
          Your scores will show here over time, each on the questionnaire’s bands. Taking one every
          two weeks or so matches the two weeks both ask about.
        </p>
      )}
      {INSTRUMENTS.filter((i) => last[i]).map((instrument) => {
        const series = checkIns.filter((c) => c.instrument === instrument);
        return (
          <section
            key={instrument}
            aria-labelledby={`${instrument}-history`}
            className={styles.history}
          >
            <h2 id={`${instrument}-history`}>
              {instrument}: {instrumentInfo[instrument].about}
            </h2>
            <div className={styles.trend}>
              <TrendChart instrument={instrument} checkIns={series} />
              <CheckInTable
                instrument={instrument}
                checkIns={series}
                onDelete={(c) => void deleteOne(c)}
                deleting={remove.isPending}
              />
            </div>
          </section>
        );
      })}
    </Page>
  );
}
