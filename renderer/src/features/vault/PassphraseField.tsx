import { useId, useState } from 'react';
import styles from './PassphraseField.module.css';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'new-password' | 'current-password';
  autoFocus?: boolean;
  describedBy?: string;
}

/** A passphrase input with a show/hide toggle; the text never leaves this component's state. */
export function PassphraseField({
  label,
  value,
  onChange,
  autoComplete,
  autoFocus,
  describedBy,
}: Props) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className={styles.passphraseInput}>
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          spellCheck={false}
          autoCapitalize="off"
          aria-describedby={describedBy}
        />
        <button
          type="button"
          className="quiet"
          aria-pressed={visible}
          aria-label={`Show ${label.toLowerCase()}`}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
    </div>
  );
}
