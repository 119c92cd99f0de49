import { useState } from 'react';
import type { FormEvent } from 'react';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';
import { NewPassphraseFields } from './NewPassphraseFields';
import { ErrorText } from '../../ui/ErrorText';

/** Step one of a new journal: choose the passphrase. The recovery key is shown next. */
export function CreateJournal({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

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
      <NewPassphraseFields
        label="Passphrase"
        confirmLabel="Confirm passphrase"
        value={passphrase}
        confirmation={confirmation}
        onChange={setPassphrase}
        onConfirmationChange={setConfirmation}
        onReadyChange={setReady}
        autoFocus
      />
      <ErrorText>{error}</ErrorText>
      <button type="submit" className="primary" disabled={!ready || busy}>
        {busy ? 'Creating… (this takes a moment)' : 'Create journal'}
      </button>
    </form>
  );
}
