import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ThoughtRecord } from '../../../../shared/therapy/thought-record';
import { ErrorText } from '../../ui/ErrorText';
import styles from './ThoughtRecordPanel.module.css';

/** The schema's limit: a thought record rates up to 20 emotions. */
const EMOTIONS_MAX = 20;

interface Row {
  key: number;
  name: string;
  /** As typed: a cleared field stays cleared on screen, and is refused, not sent as 0. */
  before: string;
  after: string;
}

const intensity = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed));
const isIntensity = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;

/** What the rows say, as the entry stores it; a row that cannot be stored is refused by autosave. */
const recordOf = (rows: Row[]): ThoughtRecord => ({
  emotions: rows.map((row) => ({
    name: row.name,
    before: intensity(row.before),
    ...(row.after.trim() === '' ? {} : { after: intensity(row.after) }),
  })),
});

let nextKey = 0;
const rowsOf = (record: ThoughtRecord): Row[] =>
  record.emotions.map((e) => ({
    key: nextKey++,
    name: e.name,
    before: String(e.before),
    after: e.after === undefined ? '' : String(e.after),
  }));

/**
 * A thought record's emotions, each rated 0–100 before weighing the evidence and again after.
 * Its changes go through the entry's autosave as their own field, so they never touch the body.
 */
export function ThoughtRecordPanel({
  initial,
  onChange,
}: {
  initial: ThoughtRecord;
  onChange: (record: ThoughtRecord) => void;
}) {
  const [rows, setRows] = useState(() => rowsOf(initial));
  const [name, setName] = useState('');
  const [before, setBefore] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  function update(next: Row[]) {
    setRows(next);
    onChange(recordOf(next));
  }
  const edit = (key: number, change: Partial<Row>) =>
    update(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setProblem('Name the emotion, then rate how strong it feels.');
    if (!isIntensity(intensity(before))) {
      return setProblem('Rate how strong it feels with a whole number from 0 to 100.');
    }
    setProblem(null);
    update([...rows, { key: nextKey++, name: name.trim(), before: before.trim(), after: '' }]);
    setName('');
    setBefore('');
  }

  const labelOf = (row: Row, i: number) => row.name.trim() || `Emotion ${i + 1}`;
  const full = rows.length >= EMOTIONS_MAX;
  return (
    <section className={`panel ${styles.panel}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        Emotions, rated 0–100
      </h2>
      <p className="hint">
        How strong each emotion feels, from 0 (not at all) to 100 (as strong as it gets). Once you
        have weighed the evidence, rate each one again.
      </p>
      {rows.length > 0 && (
        <table className={styles.table}>
          <colgroup>
            <col />
            <col className={styles.ratingColumn} />
            <col className={styles.ratingColumn} />
            <col className={styles.removeColumn} />
          </colgroup>
          <caption className="visually-hidden">Emotions and how strong they felt</caption>
          <thead>
            <tr>
              <th scope="col">Emotion</th>
              <th scope="col">Before</th>
              <th scope="col">After re-rating</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.key}>
                <td>
                  <input
                    aria-label={`Emotion ${i + 1}`}
                    value={row.name}
                    maxLength={100}
                    onChange={(e) => edit(row.key, { name: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    max={100}
                    step={1}
                    inputMode="numeric"
                    aria-label={`${labelOf(row, i)}, before`}
                    value={row.before}
                    onChange={(e) => edit(row.key, { before: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="number"
                    min={0}
                    max={100}
                    step={1}
                    inputMode="numeric"
                    aria-label={`${labelOf(row, i)}, after re-rating`}
                    value={row.after}
                    onChange={(e) => edit(row.key, { after: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className={`quiet ${styles.remove}`}
                    aria-label={`Remove ${labelOf(row, i)}`}
                    title="Remove"
                    onClick={() => update(rows.filter((r) => r.key !== row.key))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {full ? (
        <p className="hint">A thought record can rate up to {EMOTIONS_MAX} emotions.</p>
      ) : (
        <form className={styles.add} onSubmit={add} noValidate>
          <div className={`field ${styles.newName}`}>
            <label htmlFor={`${id}-name`}>New emotion</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={100}
              placeholder="Anxious, ashamed, angry…"
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-before`}>How strong, 0–100</label>
            <input
              id={`${id}-before`}
              type="number"
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              value={before}
              onChange={(e) => setBefore(e.target.value)}
            />
          </div>
          <button type="submit">Add emotion</button>
        </form>
      )}
      <ErrorText>{problem}</ErrorText>
    </section>
  );
}
