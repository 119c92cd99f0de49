import { useMemo } from 'react';
import { assessPassphrase } from '../../../../shared/passphrase/strength';

/** The meter and its guidance: honest about what makes a passphrase strong, never alarming. */
export function PassphraseStrength({ passphrase, id }: { passphrase: string; id: string }) {
  const assessment = useMemo(() => assessPassphrase(passphrase), [passphrase]);
  return (
    <div className="strength" id={id}>
      <meter
        aria-label="Passphrase strength"
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={passphrase ? assessment.score : 0}
      />
      <p className="strength-label" aria-live="polite">
        {passphrase ? `Strength: ${assessment.label}` : 'Strength: not set yet'}
        {passphrase && assessment.warning ? ` — ${assessment.warning}` : ''}
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

export const isAcceptablePassphrase = (passphrase: string) =>
  assessPassphrase(passphrase).acceptable;
