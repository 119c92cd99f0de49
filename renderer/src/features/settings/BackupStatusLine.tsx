import { longDay } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { useBackupStatus } from './queries';

/** The newest backup's day, or why backing up failed: a failed backup is never silent. */
export function BackupStatusLine() {
  const status = useBackupStatus();
  if (status.error) {
    return (
      <p role="alert" className="error">
        Could not check the backups. {messageOf(status.error)}
      </p>
    );
  }
  if (!status.data) return null;
  const { lastBackupDay, error } = status.data;
  return (
    <>
      <p role="status">
        {lastBackupDay ? `Last backup: ${longDay(lastBackupDay)}.` : 'No backup has been made yet.'}
      </p>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
    </>
  );
}
