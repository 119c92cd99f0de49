import { ServiceError } from '../../errors';

/**
 * Why a file cannot be imported, in words the person can act on (and never a word of the file's
 * content). The only error a parser or a source reader may throw: anything else is a bug.
 */
export class ImportError extends ServiceError {
  constructor(message: string) {
    super('BAD_INPUT', message);
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
