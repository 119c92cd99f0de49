import { useState } from 'react';
import type { BackupSummary } from '../../../../shared/contract';
import { dateTime } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { useBackups, useRestoreBackup } from './queries';

const kindLabel: Record<BackupSummary['kind'], string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  'pre-restore': 'Kept before a restore',
};

const when = (iso: string) => dateTime(new Date(iso));

/** The encrypted backups beside the journal, newest first, each restorable after a confirmation. */
export function BackupList({ onRestored }: { onRestored?: () => void }) {
  const list = useBackups();
  const restoring = useRestoreBackup();
  const [confirming, setConfirming] = useState<string | null>(null);
  const busy = restoring.isPending;
  const backups = list.data;

  async function restore(id: string) {
    try {
      // The journal locks; the main process then resets the page to the unlock screen.
      await restoring.mutateAsync({ id });
      onRestored?.();
    } catch {
      // Shown below from the mutation's error.
    } finally {
      setConfirming(null);
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
        <ul className="backup-list" aria-label="Backups">
          {backups.map((backup) => (
            <li key={backup.id}>
              <span>
                <strong>{when(backup.createdAt)}</strong> · {kindLabel[backup.kind]} ·{' '}
                {Math.max(1, Math.round(backup.sizeBytes / 1024))} KB
              </span>
              {confirming === backup.id ? (
                <span className="row">
                  <span>Replace the journal with this backup?</span>
                  <button
                    type="button"
                    className="danger"
                    disabled={busy}
                    onClick={() => void restore(backup.id)}
                  >
                    Yes, restore
                  </button>
                  <button type="button" className="quiet" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  aria-label={`Restore backup from ${when(backup.createdAt)}`}
                  onClick={() => setConfirming(backup.id)}
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
