import { ServiceError } from '../../errors';
import { errnoOf } from '../../vault/errors';

const READ_MESSAGES: Record<string, string> = {
  EACCES:
    'Between Sessions is not allowed to open the folder that holds your journal. Your journal has not been changed. Check the permissions of the app’s data folder, then try again.',
  EPERM:
    'Between Sessions is not allowed to open the folder that holds your journal. Your journal has not been changed. Check the permissions of the app’s data folder, then try again.',
  EIO: 'The disk that holds your journal could not be read. Your journal has not been changed. Check that the disk is connected and working, then try again.',
};

/**
 * Why the journal's file could not even be looked at. Never "no journal": that would offer to
 * create a new one while the person's journal may be right there, unreadable for now.
 */
export function unreadableJournal(error: unknown): ServiceError {
  const cause = (error as { cause?: unknown } | null)?.cause ?? error;
  const errno = errnoOf(cause);
  return new ServiceError(
    'IO',
    (errno && READ_MESSAGES[errno]) ||
      'Your journal file could not be checked. It has not been changed. Restart the app; if this keeps happening, check the disk and the permissions of the app’s data folder.',
  );
}
