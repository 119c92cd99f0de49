import { useState } from 'react';
import type { CheckIn } from '../../../../shared/domain/records';
import { trendOf } from '../../../../shared/therapy/check-in-trends';
import { BAND_LABELS, maxScore } from '../../../../shared/therapy/instruments';
import type { Instrument } from '../../../../shared/therapy/instruments';
import { mediumDate } from '../../lib/dates';
import { signedPoints } from './change-words';
import styles from './CheckIns.module.css';

interface Props {
  instrument: Instrument;
  checkIns: readonly CheckIn[];
  onDelete: (checkIn: CheckIn) => void;
  deleting: boolean;
}

/**
 * The figures of the chart beside it, one row per check-in, oldest first: the instrument's
 * history, where a check-in can be deleted (after saying yes).
 */
export function CheckInTable({ instrument, checkIns, onDelete, deleting }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const rows = trendOf(checkIns, instrument);
  return (
    <table className={styles.table}>
      <caption>
        Your {instrument} check-ins, oldest first (scores 0–{maxScore(instrument)})
      </caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Score</th>
          <th scope="col">Band</th>
          <th scope="col">Change since the one before</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ checkIn, sincePrevious }) => {
          const day = mediumDate(checkIn.date);
          return (
            <tr key={checkIn.id}>
              <th scope="row">{day}</th>
              <td>{checkIn.score}</td>
              <td>{BAND_LABELS[checkIn.band]}</td>
              <td>
                {sincePrevious ? (
                  <>
                    {signedPoints(sincePrevious)}
                    {sincePrevious.meaningful && (
                      <span className={styles.meaningful}> (meaningful)</span>
                    )}
                  </>
                ) : (
                  <span className="hint">first</span>
                )}
              </td>
              <td className={styles.actions}>
                {confirming === checkIn.id ? (
                  <span className="row">
                    <span>Delete this check-in?</span>
                    <button
                      type="button"
                      className="danger"
                      disabled={deleting}
                      onClick={() => {
                        setConfirming(null);
                        onDelete(checkIn);
                      }}
                    >
                      Yes, delete
                    </button>
                    <button
                      type="button"
                      className="quiet"
                      autoFocus
                      onClick={() => setConfirming(null)}
                    >
                      Cancel
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="quiet"
                    aria-label={`Delete the ${instrument} of ${day}, score ${checkIn.score}`}
                    onClick={() => setConfirming(checkIn.id)}
                  >
                    Delete
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
