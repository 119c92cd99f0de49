import { useState } from 'react';
import type { FormEvent } from 'react';
import type { RekeyResult } from '../../../../shared/contract';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';
import { PassphraseField } from '../vault/PassphraseField';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';
import { NewRecoveryKey } from './NewRecoveryKey';

/**
 * Re-encrypts the journal under a new key for the new passphrase; the new recovery key that comes
 * with it is shown once, then the backups made before can be deleted.
 */
export function ChangePassphraseForm({
  onShowingKey,
}: {
  /** True while the new recovery key (and the backups offer) is on screen. */
  onShowingKey: (showing: boolean) => void;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [status, setStatus] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [newReady, setNewReady] = useState(false);
  const [result, setResult] = useState<RekeyResult | null>(null);
  const ready = current.length > 0 && newReady;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setStatus(null);
    try {
      const changed = await unwrap(journal().vault.changePassphrase({ current, next }));
      setCurrent('');
      setNext('');
      setConfirmation('');
      setResult(changed);
      onShowingKey(true);
    } catch (e) {
      setStatus({ kind: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    return (
      <NewRecoveryKey
        result={result}
        onDone={() => {
          setResult(null);
          onShowingKey(false);
          setStatus({ kind: 'done', text: 'Passphrase changed.' });
        }}
      />
    );
  }
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="change-pass-title">
      <h3 id="change-pass-title">Change passphrase</h3>
      <PassphraseField
        label="Current passphrase"
        value={current}
        onChange={setCurrent}
        autoComplete="current-password"
      />
      <NewPassphraseFields
        label="New passphrase"
        confirmLabel="Confirm new passphrase"
        value={next}
        confirmation={confirmation}
        onChange={setNext}
        onConfirmationChange={setConfirmation}
        onReadyChange={setNewReady}
      />
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind}>
          {status.text}
        </p>
      )}
      <button type="submit" className="primary" disabled={!ready || busy}>
        {busy ? 'Changing…' : 'Change passphrase'}
      </button>
    </form>
  );
}
