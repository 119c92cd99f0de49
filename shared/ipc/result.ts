/** Errors cross the IPC boundary as data: a stable code and a message a person can act on, never a stack. */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'FORBIDDEN'
  | 'INTERNAL'
  | 'WRONG_SECRET'
  | 'CORRUPT'
  | 'UNSUPPORTED_VERSION'
  | 'LOCKED_BY_OTHER'
  | 'CHANGED_ON_DISK'
  | 'IO'
  | 'EXISTS'
  | 'NOT_FOUND'
  | 'LOCKED';

export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
