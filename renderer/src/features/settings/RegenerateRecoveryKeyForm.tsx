import { useState } from 'react';
import type { FormEvent } from 'react';
import type { RekeyResult } from '../../../../shared/contract';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { PassphraseField } from '../vault/PassphraseField';
import { NewRecoveryKey } from './NewRecoveryKey';
import { useRegenerateRecoveryKey } from './queries';

/** Replaces the recovery key (if the old one was lost or seen); needs the passphrase. */
export function RegenerateRecoveryKeyForm({
  onShowingKey,
}: {
  /** True while the new recovery key (and the backups offer) is on screen. */
  onShowingKey: (showing: boolean) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const regenerating = useRegenerateRecoveryKey();
  const busy = regenerating.isPending;
  // The key lives only here, not in the query cache, and is dropped when the person continues.
  const [result, setResult] = useState<RekeyResult | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase || busy) return;
    regenerating.mutate(
      { passphrase },
      {
        onSuccess: (made) => {
          setResult(made);
          setPassphrase('');
          regenerating.reset();
          onShowingKey(true);
        },
      },
    );
  }

  if (result) {
    return (
      <NewRecoveryKey
        result={result}
        onDone={() => {
          setResult(null);
          onShowingKey(false);
        }}
      />
    );
  }
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="regenerate-title">
      <h3 id="regenerate-title">Replace the recovery key</h3>
      <p className="hint">
        If your recovery key is lost, or someone else may have seen it, make a new one. The old one
        stops opening your journal; backups made before keep opening with it.
      </p>
      <PassphraseField
        label="Your passphrase"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
      />
      <ErrorText>{regenerating.error && messageOf(regenerating.error)}</ErrorText>
      <button type="submit" disabled={!passphrase || busy}>
        {busy ? 'Making a new key…' : 'Regenerate recovery key'}
      </button>
    </form>
  );
}
