import { DocumentError, journalDocumentSchema, parseJournalDocument } from '../../shared/domain';
import type { JournalDocument } from '../../shared/domain';
import { VaultError } from './errors';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Plaintext bytes to a validated, migrated document. Never puts content into an error. */
export function decodeDocument(plaintext: Uint8Array): JournalDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(plaintext));
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
 * Document to plaintext bytes. Validates first: a document that would not validate on the next
 * unlock must never reach the disk, or a bug in one feature would lock the person out of
 * everything. Throws DocumentError('invalid'), a programming error, not a vault failure.
 */
export function encodeDocument(doc: JournalDocument): Buffer {
  if (!journalDocumentSchema.safeParse(doc).success) throw new DocumentError('invalid');
  return Buffer.from(JSON.stringify(doc), 'utf8');
}
