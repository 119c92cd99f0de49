import { ServiceError } from '../../errors';

/**
 * Why a file cannot be imported, in words the person can act on (and never a word of the file's
 * content). The only error a parser or a source reader may throw: anything else is a bug.
 */
export class ImportError extends ServiceError {
  /** WRONG_SECRET only when an encrypted export needs its passphrase (again). */
  constructor(message: string, code: 'BAD_INPUT' | 'WRONG_SECRET' = 'BAD_INPUT') {
    super(code, message);
  }
}

/** Runs `read`, turning any failure other than an ImportError into `message`. */
export function orRefuse<T>(read: () => T, message: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(message);
  }
}
