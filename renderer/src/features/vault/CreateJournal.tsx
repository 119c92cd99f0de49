import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';
import { PassphraseField } from './PassphraseField';
import { isAcceptablePassphrase, PassphraseStrength } from './PassphraseStrength';

/** Step one of a new journal: choose the passphrase. The recovery key is shown next. */
export function CreateJournal({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const strengthId = useId();

  const mismatch = confirmation.length > 0 && confirmation !== passphrase;
  const ready = isAcceptablePassphrase(passphrase) && confirmation === passphrase;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    try {
      const { recoveryKey } = await unwrap(journal().vault.create({ passphrase }));
      setPassphrase('');
      setConfirmation('');
      onCreated(recoveryKey);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="create-title">
      <h2 id="create-title">Create your journal</h2>
      <p>
        Choose a passphrase. It encrypts everything you write on this computer; nobody, including
        us, can open the journal without it.
      </p>
      <PassphraseField
        label="Passphrase"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="new-password"
        autoFocus
        describedBy={strengthId}
      />
      <PassphraseStrength passphrase={passphrase} id={strengthId} />
      <PassphraseField
        label="Confirm passphrase"
        value={confirmation}
        onChange={setConfirmation}
        autoComplete="new-password"
      />
      {mismatch && <p className="field-error">The two passphrases are not the same yet.</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={!ready || busy}>
        {busy ? 'Creating… (this takes a moment)' : 'Create journal'}
      </button>
    </form>
  );
}
