import { useState } from 'react';
import type { FormEvent } from 'react';
import { journal } from '../../journal';
import { CallError, codeOf, messageOf, unwrap } from '../../lib/result';
import { BackupList } from '../settings/BackupList';
import { PassphraseField } from './PassphraseField';
import { RecoveryKeyField } from './RecoveryKeyField';

type Method = 'passphrase' | 'recoveryKey';

/** Unlock with the passphrase, or with the recovery key; a damaged file offers its backups. */
export function UnlockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [method, setMethod] = useState<Method>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CallError | string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!secret || busy) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        journal().vault.unlock(
          method === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret },
        ),
      );
      setSecret('');
      onUnlocked();
    } catch (e) {
      setError(e instanceof CallError ? e : messageOf(e));
      setBusy(false);
    }
  }

  function switchMethod() {
    setMethod((m) => (m === 'passphrase' ? 'recoveryKey' : 'passphrase'));
    setSecret('');
    setError(null);
  }

  const damaged = codeOf(error) === 'CORRUPT';
  return (
    <div className="stack">
      <form className="stack" onSubmit={submit} aria-labelledby="unlock-title">
        <h2 id="unlock-title">Unlock your journal</h2>
        {method === 'passphrase' ? (
          <PassphraseField
            label="Passphrase"
            value={secret}
            onChange={setSecret}
            autoComplete="current-password"
            autoFocus
          />
        ) : (
          <RecoveryKeyField
            id="recovery-key-input"
            label="Recovery key"
            value={secret}
            onChange={setSecret}
            placeholder="XXXX-XXXX-…"
          />
        )}
        {error && (
          <p role="alert" className="error">
            {typeof error === 'string' ? error : error.message}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={!secret || busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          <button type="button" className="quiet" onClick={switchMethod}>
            {method === 'passphrase' ? 'Use recovery key' : 'Use passphrase'}
          </button>
        </div>
      </form>
      {damaged && (
        <section className="stack" aria-labelledby="damaged-title">
          <h3 id="damaged-title">Restore from a backup</h3>
          <p>
            The damaged file stays where it is, untouched. Restoring puts a backup in its place (the
            damaged file is kept beside the backups); then unlock with the passphrase you used at
            the time of that backup.
          </p>
          <BackupList onRestored={() => setError(null)} />
        </section>
      )}
    </div>
  );
}
