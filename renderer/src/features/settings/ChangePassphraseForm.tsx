import { useState } from 'react';
import type { FormEvent } from 'react';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';
import { PassphraseField } from '../vault/PassphraseField';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';

/** Rewraps the journal's key under a new passphrase; the entries themselves are not rewritten. */
export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [status, setStatus] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [newReady, setNewReady] = useState(false);
  const ready = current.length > 0 && newReady;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setStatus(null);
    try {
      await unwrap(journal().vault.changePassphrase({ current, next }));
      setCurrent('');
      setNext('');
      setConfirmation('');
      setStatus({ kind: 'done', text: 'Passphrase changed. Your recovery key still works.' });
    } catch (e) {
      setStatus({ kind: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
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
