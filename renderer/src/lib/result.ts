import type { AppError, Result } from '../../../shared/ipc/result';

/** Thrown by `unwrap` so a failed call can be caught like any error and shown by its message. */
export class CallError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new CallError(result.error);
  return result.value;
}

export const messageOf = (error: unknown): string =>
  error instanceof CallError
    ? error.error.message
    : 'Something unexpected went wrong. Please try again.';

export const codeOf = (error: unknown) => (error instanceof CallError ? error.error.code : null);
