import { DocumentError, journalDocumentSchema, parseJournalDocument } from '../../shared/domain';
import type { JournalDocument } from '../../shared/domain';
import { VaultError } from './errors';

/** Decrypted text to a migrated, validated document. Never puts content into an error. */
export function decodeDocument(text: string): JournalDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new VaultError('CORRUPT');
  }
  try {
    return parseJournalDocument(raw);
  } catch (error) {
    if (error instanceof DocumentError && error.problem === 'newer-version') {
      throw new VaultError('UNSUPPORTED_VERSION');
    }
    throw new VaultError('CORRUPT', { cause: error });
  }
}

/**
 * Refuses a document that would not validate on the next unlock: written, it would lock the
 * person out of everything because of one feature's bug. Throws DocumentError('invalid'), a
 * programming error rather than a vault failure.
 */
export function assertWritable(doc: unknown): void {
  if (!journalDocumentSchema.safeParse(doc).success) throw new DocumentError('invalid');
}
