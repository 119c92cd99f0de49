import { useState } from 'react';
import type { RekeyResult } from '../../../../shared/contract';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { RecoveryKeyNotice } from '../vault/RecoveryKeyNotice';
import { useDeleteEarlierBackups } from './queries';

/**
 * After a passphrase change or a new recovery key: shows the new key once (as at creation), then
 * offers to delete the backups that still open with the earlier secrets. The key lives only in
 * the caller's state and is dropped when the person continues.
 */
export function NewRecoveryKey({ result, onDone }: { result: RekeyResult; onDone: () => void }) {
  const [step, setStep] = useState<'key' | 'backups'>('key');
  const deleting = useDeleteEarlierBackups();
  const busy = deleting.isPending;

  if (step === 'key') {
    return (
      <div className="stack">
        <p role="status">
          Done. Your journal now has a new recovery key; the old recovery key no longer opens it.
        </p>
        <RecoveryKeyNotice
          recoveryKey={result.recoveryKey}
          onDone={() => (result.earlierBackups > 0 ? setStep('backups') : onDone())}
        />
      </div>
    );
  }

  function deleteEarlier() {
    deleting.mutate(undefined, { onSuccess: onDone });
  }

  const count = result.earlierBackups === 1 ? '1 backup' : `${result.earlierBackups} backups`;
  return (
    <section className="stack" aria-labelledby="earlier-backups-title">
      <h3 id="earlier-backups-title">Backups made before this change</h3>
      <p>
        {count} made before this change still open with your old passphrase and old recovery key:
        keeping them lets you go back to what you had written, deleting them means nobody who knows
        the old secrets can read them.
      </p>
      <ErrorText>{deleting.error && messageOf(deleting.error)}</ErrorText>
      <div className="row">
        <button type="button" className="danger" disabled={busy} onClick={deleteEarlier}>
          {busy ? 'Deleting…' : 'Delete old backups'}
        </button>
        <button type="button" className="quiet" disabled={busy} onClick={onDone}>
          Keep them
        </button>
      </div>
    </section>
  );
}
