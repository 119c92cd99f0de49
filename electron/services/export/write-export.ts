import { DurableWriteError, writeFileDurably } from '../../vault/durable-write';
import { errnoOf } from '../../vault/errors';
import { nodeFs } from '../../vault/fs-layer';
import { ServiceError } from '../../errors';

const FULL =
  'The export could not be saved: the disk is full. Free some space, or choose another disk, and export again.';
const NOT_WRITABLE =
  'The export could not be saved: that folder cannot be written to (it may be read-only or protected). Choose another folder and export again.';
const FAILED =
  'The export could not be saved in that folder. Check the disk, or choose another folder, and export again.';

/**
 * Writes the export whole or not at all: a temp file beside the chosen one, fsync, rename, as the
 * journal itself is written. Nothing goes to a system temp folder, and on failure the temp file
 * is removed, so the folder holds the complete export or nothing new.
 */
export async function writeExport(path: string, chunks: readonly Uint8Array[]): Promise<void> {
  try {
    await writeFileDurably(nodeFs, path, chunks);
  } catch (error) {
    // Only the folder's own sync failed: the file is complete and in place.
    if (error instanceof DurableWriteError && error.replaced) return;
    const errno = errnoOf(error instanceof DurableWriteError ? error.cause : error);
    if (errno === 'ENOSPC' || errno === 'EDQUOT') throw new ServiceError('IO', FULL);
    if (errno && ['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR'].includes(errno))
      throw new ServiceError('IO', NOT_WRITABLE);
    throw new ServiceError('IO', FAILED);
  }
}
