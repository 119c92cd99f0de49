import type { AppError, ErrorCode } from '../shared/ipc/result';

/** A failure a service means the person to see: its code and message cross IPC as they are. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const exposedCodes = new Set<ErrorCode>([
  'BAD_INPUT',
  'FORBIDDEN',
  'WRONG_SECRET',
  'CORRUPT',
  'UNSUPPORTED_VERSION',
  'LOCKED_BY_OTHER',
  'CHANGED_ON_DISK',
  'IO',
  'EXISTS',
  'NOT_FOUND',
  'LOCKED',
]);

/**
 * Only errors we raised on purpose keep their message; anything else (a bug, a raw Node error
 * whose message may hold a path or a fragment of data) becomes a generic INTERNAL error.
 */
export function toAppError(error: unknown): AppError {
  if (
    error instanceof Error &&
    (error.name === 'ServiceError' || error.name === 'VaultError') &&
    'code' in error &&
    exposedCodes.has(error.code as ErrorCode)
  ) {
    return { code: error.code as ErrorCode, message: error.message };
  }
  return {
    code: 'INTERNAL',
    message:
      'Something unexpected went wrong. Please try again; if it keeps happening, restart the app.',
  };
}
