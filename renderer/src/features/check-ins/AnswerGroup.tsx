import styles from './CheckIns.module.css';

interface Props {
  /** Unique on the page; names the radios and labels the group. */
  id: string;
  question: string;
  /** Shown before the question, outside its accessible name. */
  number?: number;
  options: ReadonlyArray<{ value: number; label: string }>;
  value: number | undefined;
  onChange: (value: number) => void;
  required?: boolean;
  invalid?: boolean;
}

/**
 * One question and its answers: native radios (Tab into the group, arrows to choose), in a
 * radiogroup whose accessible name is the question's own words.
 */
export function AnswerGroup({
  id,
  question,
  number,
  options,
  value,
  onChange,
  required = false,
  invalid = false,
}: Props) {
  return (
    <div
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-required={required || undefined}
      aria-invalid={invalid || undefined}
      className={styles.question}
      data-invalid={invalid || undefined}
    >
      <p>
        {number !== undefined && <span aria-hidden="true">{number}. </span>}
        <span id={`${id}-label`}>{question}</span>
      </p>
      <div className={styles.answers}>
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={id}
              id={`${id}-${option.value}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </div>
  );
}
