import type { PassphraseAssessment } from '../../../../shared/passphrase/strength';
import styles from './PassphraseStrength.module.css';

/** The meter and its guidance: honest about what makes a passphrase strong, never alarming. */
export function PassphraseStrength({
  passphrase,
  assessment,
  id,
}: {
  passphrase: string;
  assessment: PassphraseAssessment | null;
  id: string;
}) {
  const label = !passphrase
    ? 'Strength: not set yet'
    : assessment
      ? `Strength: ${assessment.label}${assessment.warning ? ` — ${assessment.warning}` : ''}`
      : 'Strength: checking…';
  return (
    <div className={styles.strength} id={id}>
      <meter
        aria-label="Passphrase strength"
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={passphrase && assessment ? assessment.score : 0}
      />
      <p className="strength-label" aria-live="polite">
        {label}
      </p>
      <p className="hint">
        Four or more unrelated words make a passphrase that is easy to remember and hard to guess
        (for example a line only you would think of). Avoid names, dates and well-known quotes.
        There is no “forgot passphrase” link: only this passphrase or your recovery key open the
        journal.
      </p>
    </div>
  );
}
