import { ServiceError } from '../../errors';
import { DurableWriteError, writeFileDurably } from '../../vault/durable-write';
import { errnoOf } from '../../vault/errors';
import { nodeFs } from '../../vault/fs-layer';
import type { VaultFs } from '../../vault/fs-layer';

const CHOOSE_ANOTHER = 'Choose another folder.';

// Fixed words by errno: the path and the PDF's text never reach the page or a log.
const REASONS: Record<string, string> = {
  EACCES: 'the folder is read-only',
  EPERM: 'the folder is read-only',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  ENOENT: 'the folder no longer exists',
  ENOTDIR: 'the folder no longer exists',
  EISDIR: 'a folder already has that name',
  ENAMETOOLONG: 'the name is too long',
};

/** Why a PDF could not be written, in words a person can act on. */
export function savePdfError(cause: unknown): ServiceError {
  const errno = errnoOf(cause instanceof DurableWriteError ? cause.cause : cause);
  const reason = errno ? REASONS[errno] : undefined;
  return new ServiceError(
    'IO',
    reason
      ? `Could not save the PDF there: ${reason}. ${CHOOSE_ANOTHER}`
      : `Could not save the PDF there. ${CHOOSE_ANOTHER}`,
  );
}

/**
 * Writes the PDF at the path the person chose, and nowhere else: a temp file beside it (never in
 * a temp folder), fsynced, renamed over. A failure before the rename removes the temp file, so
 * no partial PDF is left; a failure to flush the folder after it leaves a complete file.
 */
export async function writePdf(file: string, pdf: Uint8Array, fs: VaultFs = nodeFs): Promise<void> {
  try {
    await writeFileDurably(fs, file, pdf);
  } catch (error) {
    if (error instanceof DurableWriteError && error.replaced) return;
    throw savePdfError(error);
  }
}
