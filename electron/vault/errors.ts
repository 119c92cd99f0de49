import type { ErrorCode } from '../../shared/ipc/result';

/**
 * Stable codes the UI switches on: the vault's share of the app's error codes (one list, in
 * shared/ipc/result.ts). Never reuse one for another meaning.
 */
export type VaultErrorCode = Extract<
  ErrorCode,
  | 'WRONG_SECRET'
  | 'CORRUPT'
  | 'UNSUPPORTED_VERSION'
  | 'LOCKED_BY_OTHER'
  | 'CHANGED_ON_DISK'
  | 'IO'
  | 'EXISTS'
  | 'NOT_FOUND'
>;

// Messages are fixed text: they must never carry journal content, a secret, or a stack, because
// they travel to the renderer and may be shown or logged.
const MESSAGES: Record<VaultErrorCode, string> = {
  WRONG_SECRET:
    'That passphrase or recovery key does not unlock this journal. Check for typing mistakes, Caps Lock and the keyboard layout, then try again.',
  CORRUPT:
    'This journal file is damaged and cannot be read. It has been left untouched. You can restore the newest backup.',
  UNSUPPORTED_VERSION:
    'This journal was written by a newer version of Between Sessions. Update the app to open it; the file has been left untouched.',
  LOCKED_BY_OTHER:
    'This journal is open in another window or program. Close it there first, then try again.',
  CHANGED_ON_DISK:
    'The journal file was changed by another program since it was opened, so it was not overwritten. Your latest edits are still here while the journal stays open; lock and reopen it to continue.',
  IO: 'Your changes could not be saved to disk. They are kept while the journal stays open; check the disk and try saving again.',
  EXISTS: 'A journal already exists at this location. Open it instead, or choose another folder.',
  NOT_FOUND: 'No journal was found at this location.',
};

const IO_MESSAGES: Record<string, string> = {
  ENOSPC:
    'The disk is full, so your changes could not be saved. They are kept while the journal stays open; free some space and try saving again.',
  EDQUOT:
    'Your disk quota is used up, so your changes could not be saved. They are kept while the journal stays open; free some space and try saving again.',
  EACCES:
    'The journal folder cannot be written to (it may be read-only or protected). Your changes are kept while the journal stays open; fix the folder permissions and try saving again.',
  EPERM:
    'The journal folder cannot be written to (it may be read-only, protected or busy). Your changes are kept while the journal stays open; fix the folder permissions and try saving again.',
  EROFS:
    'The disk holding the journal is read-only. Your changes are kept while the journal stays open; make the disk writable and try saving again.',
};

/** A vault failure with a stable `code` and a message a person can act on. */
export class VaultError extends Error {
  override readonly name = 'VaultError';

  constructor(
    readonly code: VaultErrorCode,
    options: { cause?: unknown; message?: string } = {},
  ) {
    super(options.message ?? MESSAGES[code], { cause: options.cause });
  }
}

export function isVaultError(value: unknown): value is VaultError {
  return value instanceof VaultError;
}

/** The errno code of a Node system error, if any. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Wraps a file-system failure as `IO`, choosing the message by errno so it is actionable. */
export function ioError(cause: unknown): VaultError {
  if (isVaultError(cause)) return cause;
  const errno = errnoOf(cause);
  return new VaultError('IO', {
    cause,
    message: (errno && IO_MESSAGES[errno]) || MESSAGES.IO,
  });
}
