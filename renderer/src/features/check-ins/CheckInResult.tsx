import type { Ref } from 'react';
import { Link } from 'react-router';
import type { CheckIn } from '../../../../shared/domain/records';
import { changesOf } from '../../../../shared/therapy/check-in-trends';
import type { ScoreChange } from '../../../../shared/therapy/check-in-trends';
import {
  BAND_LABELS,
  MEANINGFUL_CHANGE_NOTE,
  maxScore,
} from '../../../../shared/therapy/instruments';
import { mediumDate } from '../../lib/dates';
import { changeWords } from './change-words';
import styles from './CheckIns.module.css';

interface Props {
  checkIn: CheckIn;
  /** Every check-in, to compare with; may not hold `checkIn` yet while the list reloads. */
  checkIns: readonly CheckIn[];
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A saved self-check: its score and band, how it compares, and that it is not a diagnosis. */
export function CheckInResult({ checkIn, checkIns, headingRef }: Props) {
  const all = checkIns.some((c) => c.id === checkIn.id) ? checkIns : [...checkIns, checkIn];
  const point = changesOf(all, checkIn.id);
  const { instrument } = checkIn;
  return (
    <section aria-labelledby="result-title" className={`panel stack ${styles.result}`}>
      <h2 id="result-title" ref={headingRef} tabIndex={-1}>
        Your {instrument} score
      </h2>
      <p className={styles.score}>
        <span className={styles.scoreNumber}>{checkIn.score}</span> out of {maxScore(instrument)}:{' '}
        <strong>{BAND_LABELS[checkIn.band]}</strong>
      </p>
      <p>
        This is a self-check, not a diagnosis. “{BAND_LABELS[checkIn.band]}” is the range the
        questionnaire’s authors gave to this score; what it means for you is something to talk over
        with your therapist.
      </p>
      {point?.sinceFirst && point.sincePrevious ? (
        <>
          <ul className={styles.changes}>
            {point.sincePrevious.fromDate === point.sinceFirst.fromDate &&
            point.sincePrevious.fromScore === point.sinceFirst.fromScore ? (
              <ChangeLine label={`Since your first ${instrument}`} change={point.sinceFirst} />
            ) : (
              <>
                <ChangeLine label={`Since your first ${instrument}`} change={point.sinceFirst} />
                <ChangeLine label="Since the one before" change={point.sincePrevious} />
              </>
            )}
          </ul>
          <p className="hint">
            Lower scores mean the problems came up less often. {MEANINGFUL_CHANGE_NOTE}
          </p>
        </>
      ) : (
        <p className="hint">
          This is your first {instrument} here. Next time, you will see how the score compares.
        </p>
      )}
      <p>
        <Link to="/check-ins">Back to check-ins</Link>
      </p>
    </section>
  );
}

function ChangeLine({ label, change }: { label: string; change: ScoreChange }) {
  return (
    <li>
      {label} ({mediumDate(change.fromDate)}, score {change.fromScore}): {changeWords(change)}
      {change.meaningful && ' — a change of this size is usually counted as meaningful'}.
    </li>
  );
}
