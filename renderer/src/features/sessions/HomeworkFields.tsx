import type { HomeworkStatus } from '../../../../shared/domain/records';
import { Problem } from './FieldProblem';
import { homeworkStatuses, homeworkStatusLabel } from './session-format';
import { newHomeworkRow } from './session-draft';
import type { DraftProblems, HomeworkDraft } from './session-draft';
import styles from './HomeworkFields.module.css';

/** The homework agreed in the session: what to try, how it went, and a short note. */
export function HomeworkFields({
  items,
  problems,
  onChange,
}: {
  items: HomeworkDraft[];
  problems: DraftProblems;
  onChange: (items: HomeworkDraft[]) => void;
}) {
  const change = (key: string, patch: Partial<HomeworkDraft>) =>
    onChange(items.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  return (
    <fieldset className={`framed-group ${styles.homework}`}>
      <legend>Homework</legend>
      {items.length === 0 && (
        <p className="hint">Anything you agreed to try before the next session.</p>
      )}
      <ol className={styles.items}>
        {items.map((item, i) => {
          const n = i + 1;
          const field = `homework-${i}` as const;
          return (
            <li key={item.key} className={styles.item}>
              <div className="field">
                <label htmlFor={`hw-text-${item.key}`}>Homework {n}</label>
                <input
                  id={`hw-text-${item.key}`}
                  value={item.text}
                  maxLength={500}
                  onChange={(e) => change(item.key, { text: e.target.value })}
                  aria-invalid={problems[field] ? true : undefined}
                  aria-describedby={problems[field] ? `${field}-problem` : undefined}
                />
                <Problem field={field} problems={problems} />
              </div>
              <div className={styles.itemDetails}>
                <div className="field">
                  <label htmlFor={`hw-status-${item.key}`}>Status of homework {n}</label>
                  <select
                    id={`hw-status-${item.key}`}
                    value={item.status}
                    onChange={(e) => change(item.key, { status: e.target.value as HomeworkStatus })}
                  >
                    {homeworkStatuses.map((status) => (
                      <option key={status} value={status}>
                        {homeworkStatusLabel[status]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field grow">
                  <label htmlFor={`hw-note-${item.key}`}>Note on homework {n}</label>
                  <input
                    id={`hw-note-${item.key}`}
                    value={item.note}
                    maxLength={1000}
                    onChange={(e) => change(item.key, { note: e.target.value })}
                  />
                </div>
                <button
                  type="button"
                  className={`quiet ${styles.remove}`}
                  aria-label={`Remove homework ${n}`}
                  onClick={() => onChange(items.filter((other) => other.key !== item.key))}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" onClick={() => onChange([...items, newHomeworkRow()])}>
          Add homework
        </button>
      </div>
    </fieldset>
  );
}
