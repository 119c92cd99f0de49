import { useId } from 'react';
import { PassphraseField } from './PassphraseField';
import { isAcceptablePassphrase, PassphraseStrength } from './PassphraseStrength';

interface Props {
  label: string;
  confirmLabel: string;
  value: string;
  confirmation: string;
  onChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  autoFocus?: boolean;
}

/** A new passphrase typed twice, with its strength and guidance; used to create and to change. */
export function NewPassphraseFields(props: Props) {
  const strengthId = useId();
  const mismatch = props.confirmation.length > 0 && props.confirmation !== props.value;
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
      <PassphraseStrength passphrase={props.value} id={strengthId} />
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

export const newPassphraseReady = (value: string, confirmation: string) =>
  isAcceptablePassphrase(value) && value === confirmation;
