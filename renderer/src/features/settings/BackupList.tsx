import { useState } from 'react';
import type { FormEvent } from 'react';
import type { BackupSummary } from '../../../../shared/contract';
import { mediumDate } from '../../lib/dates';
import { useJournalQuery } from '../../lib/query';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { PassphraseField } from '../vault/PassphraseField';
import { RecoveryKeyField } from '../vault/RecoveryKeyField';
import { useBackups, useRestoreBackup } from './queries';
import styles from './BackupList.module.css';

const kindLabel: Record<BackupSummary['kind'], string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  'pre-restore': 'Kept before a restore',
  'pre-import': 'Kept before an import',
};

/** A backup's local day (`YYYY-MM-DD`: all its name says of when), as the app writes dates. */
const when = (day: string) => mediumDate(day);

type Method = 'passphrase' | 'recoveryKey';

/**
 * The encrypted backups beside the journal, newest first, each restorable after a confirmation.
 * While the journal is locked (a damaged file, from the unlock screen), restoring needs the
 * passphrase or recovery key of the chosen backup; it is checked against the backup first.
 */
export function BackupList({ onRestored }: { onRestored?: () => void }) {
  const list = useBackups();
  const restoring = useRestoreBackup();
  // The answer the app chose its screen by: locked on the unlock screen, unlocked in Settings.
  const status = useJournalQuery('vault:status', undefined);
  const locked = status.data?.state !== 'unlocked';
  const [confirming, setConfirming] = useState<string | null>(null);
  const [method, setMethod] = useState<Method>('passphrase');
  const [secret, setSecret] = useState('');
  const busy = restoring.isPending;
  const backups = list.data;

  function confirm(id: string | null) {
    setConfirming(id);
    setSecret('');
    setMethod('passphrase');
    restoring.reset();
  }

  async function restore(event: FormEvent, id: string) {
    event.preventDefault();
    if (busy || (locked && !secret)) return;
    const input = !locked
      ? { id }
      : method === 'passphrase'
        ? { id, passphrase: secret }
        : { id, recoveryKey: secret };
    setSecret('');
    try {
      // Unlocked, the journal locks and the main process resets the page to the unlock screen.
      await restoring.mutateAsync(input);
      setConfirming(null);
      onRestored?.();
    } catch {
      // Shown below from the mutation's error; the form stays open to try again.
    } finally {
      void list.refetch();
    }
  }

  if (!backups) {
    return list.error ? <p role="alert">{messageOf(list.error)}</p> : <p>Looking for backups…</p>;
  }
  return (
    <div className="stack">
      <ErrorText>{restoring.error && messageOf(restoring.error)}</ErrorText>
      {backups.length === 0 ? (
        <p>No backups yet. One is made each day you unlock the journal.</p>
      ) : (
        <ul className={styles.backupList} aria-label="Backups">
          {backups.map((backup) => (
            <li key={backup.id}>
              <span>
                <strong>{when(backup.day)}</strong> · {kindLabel[backup.kind]} ·{' '}
                {Math.max(1, Math.round(backup.sizeBytes / 1024))} KB
              </span>
              {confirming === backup.id ? (
                <form
                  className="stack"
                  onSubmit={(event) => void restore(event, backup.id)}
                  aria-label={`Restore the backup of ${when(backup.day)}`}
                >
                  <span>Replace the journal with this backup?</span>
                  {locked &&
                    (method === 'passphrase' ? (
                      <PassphraseField
                        label="Passphrase of this backup"
                        value={secret}
                        onChange={setSecret}
                        autoComplete="current-password"
                        autoFocus
                      />
                    ) : (
                      <RecoveryKeyField
                        id="backup-recovery-key"
                        label="Recovery key of this backup"
                        value={secret}
                        onChange={setSecret}
                      />
                    ))}
                  {locked && (
                    <p className="hint">
                      The one you used on {when(backup.day)}: it is checked against the backup
                      before anything is replaced.
                    </p>
                  )}
                  <span className="row">
                    <button type="submit" className="danger" disabled={busy || (locked && !secret)}>
                      {busy ? 'Restoring…' : 'Yes, restore'}
                    </button>
                    {locked && (
                      <button
                        type="button"
                        className="quiet"
                        onClick={() => {
                          setMethod((m) => (m === 'passphrase' ? 'recoveryKey' : 'passphrase'));
                          setSecret('');
                        }}
                      >
                        {method === 'passphrase' ? 'Use its recovery key' : 'Use its passphrase'}
                      </button>
                    )}
                    <button type="button" className="quiet" onClick={() => confirm(null)}>
                      Cancel
                    </button>
                  </span>
                </form>
              ) : (
                <button
                  type="button"
                  aria-label={`Restore the ${kindLabel[backup.kind].toLowerCase()} backup of ${when(backup.day)}`}
                  onClick={() => confirm(backup.id)}
                >
                  Restore
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
