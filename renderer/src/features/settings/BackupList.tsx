import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary } from '../../../../shared/contract';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';

const kindLabel: Record<BackupSummary['kind'], string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  'pre-restore': 'Kept before a restore',
};

/** A backup's local day (`YYYY-MM-DD`, all its name says of when) as the person reads dates. */
const when = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { dateStyle: 'medium' });
};

/** The encrypted backups beside the journal, newest first, each restorable after a confirmation. */
export function BackupList({ onRestored }: { onRestored: () => void }) {
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setBackups(await unwrap(journal().vault.backups()));
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function restore(id: string) {
    setBusy(true);
    setError(null);
    try {
      await unwrap(journal().vault.restoreBackup({ id }));
      onRestored();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
      setConfirming(null);
      void load();
    }
  }

  if (backups === null) return error ? <p role="alert">{error}</p> : <p>Looking for backups…</p>;
  return (
    <div className="stack">
      <ErrorText>{error}</ErrorText>
      {backups.length === 0 ? (
        <p>No backups yet. One is made each day you unlock the journal.</p>
      ) : (
        <ul className="backup-list" aria-label="Backups">
          {backups.map((backup) => (
            <li key={backup.id}>
              <span>
                <strong>{when(backup.day)}</strong> · {kindLabel[backup.kind]} ·{' '}
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
                  aria-label={`Restore backup from ${when(backup.day)}`}
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
