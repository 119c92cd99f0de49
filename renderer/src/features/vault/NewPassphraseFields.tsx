import { useEffect, useId } from 'react';
import { PassphraseField } from './PassphraseField';
import { PassphraseStrength } from './PassphraseStrength';
import { usePassphraseAssessment } from './use-passphrase-assessment';

interface Props {
  label: string;
  confirmLabel: string;
  value: string;
  confirmation: string;
  onChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  /** Whether the passphrase is strong enough and typed the same twice. */
  onReadyChange: (ready: boolean) => void;
  autoFocus?: boolean;
}

/** A new passphrase typed twice, with its strength and guidance; used to create and to change. */
export function NewPassphraseFields(props: Props) {
  const strengthId = useId();
  const mismatch = props.confirmation.length > 0 && props.confirmation !== props.value;
  const assessment = usePassphraseAssessment(props.value);
  const ready = Boolean(assessment?.acceptable) && props.value === props.confirmation;
  const { onReadyChange } = props;
  useEffect(() => onReadyChange(ready), [ready, onReadyChange]);
  return (
    <>
      <PassphraseField
        label={props.label}
        value={props.value}
        onChange={props.onChange}
        autoComplete="new-password"
        autoFocus={props.autoFocus}
        describedBy={strengthId}
      />
      <PassphraseStrength passphrase={props.value} assessment={assessment} id={strengthId} />
      <PassphraseField
        label={props.confirmLabel}
        value={props.confirmation}
        onChange={props.onConfirmationChange}
        autoComplete="new-password"
      />
      {mismatch && <p className="field-error">The two passphrases are not the same yet.</p>}
    </>
  );
}
