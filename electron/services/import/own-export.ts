import { DocumentError, parseJournalDocument } from '../../../shared/domain';
import type { JournalDocument } from '../../../shared/domain';
import type { ImportFormat } from '../../../shared/import/import-contract';
import { isVaultError, openJournalCopy } from '../../vault';
import { ImportError } from './import-error';
import { Drops, finish } from './imported';
import type { ImportedEntry, ParsedImport } from './imported';
import { isRecord } from './json-text';

/*
 * Our own exports: the JSON of the whole journal, and the same sealed under a passphrase (the
 * vault format). An import brings their entries in, with their share level, like any other
 * journal's; the rest of the document is named in the preview as not brought in.
 */

export const NEEDS_PASSPHRASE =
  'This is an encrypted Between Sessions export. Enter the passphrase chosen when it was exported.';
const WRONG_PASSPHRASE =
  'That passphrase does not open this export. Check for typing mistakes, Caps Lock and the keyboard layout, then try again. Nothing was changed.';
const DAMAGED =
  'This Between Sessions export is damaged and cannot be read. Export the journal again and import the new file.';
const NEWER =
  'This export was written by a newer version of Between Sessions. Update the app, then import it.';

/** A passphrase is missing or wrong: the page asks for it (again). Nothing was read or changed. */
const passphraseNeeded = (message: string) => new ImportError(message, 'WRONG_SECRET');

/** Our JSON export: the journal document itself, recognised by its version and record lists. */
export function looksLikeOwnJson(json: unknown): boolean {
  return (
    isRecord(json) &&
    typeof json.schemaVersion === 'number' &&
    Array.isArray(json.entries) &&
    Array.isArray(json.insights) &&
    isRecord(json.settings)
  );
}

export function parseOwnJson(json: unknown): ParsedImport {
  let doc: JournalDocument;
  try {
    doc = parseJournalDocument(json);
  } catch (error) {
    if (error instanceof DocumentError && error.problem === 'newer-version')
      throw new ImportError(NEWER);
    throw new ImportError(DAMAGED);
  }
  return fromDocument(doc, 'between-sessions-json');
}

/** Opens the sealed export in memory with its passphrase; nothing of it is written anywhere. */
export async function parseSealedExport(
  bytes: Buffer,
  passphrase: string | undefined,
): Promise<ParsedImport> {
  if (!passphrase) throw passphraseNeeded(NEEDS_PASSPHRASE);
  let doc: JournalDocument;
  try {
    doc = await openJournalCopy(bytes, passphrase);
  } catch (error) {
    if (isVaultError(error) && error.code === 'WRONG_SECRET')
      throw passphraseNeeded(WRONG_PASSPHRASE);
    if (isVaultError(error) && error.code === 'UNSUPPORTED_VERSION') throw new ImportError(NEWER);
    throw new ImportError(DAMAGED);
  }
  return fromDocument(doc, 'between-sessions-encrypted');
}

const NOT_BROUGHT = {
  insights: 'insights (an import brings entries only; their words stay in the entries)',
  goals: 'goals',
  sessions: 'therapy sessions',
  checkIns: 'check-ins',
  trash: 'entries in the trash',
} as const;

function fromDocument(doc: JournalDocument, format: ImportFormat): ParsedImport {
  const drops = new Drops();
  const entries: ImportedEntry[] = [];
  for (const entry of doc.entries) {
    if (entry.deletedAt !== undefined) {
      drops.add(NOT_BROUGHT.trash);
      continue;
    }
    const imported: ImportedEntry = {
      date: entry.date,
      createdAt: entry.createdAt,
      title: entry.title,
      body: entry.body,
      tags: entry.tags,
      shareLevel: entry.shareLevel,
      sourceId: entry.id,
    };
    if (entry.mood !== undefined) imported.mood = entry.mood;
    entries.push(imported);
  }
  drops.add(NOT_BROUGHT.insights, doc.insights.length);
  drops.add(NOT_BROUGHT.goals, doc.goals.length);
  drops.add(NOT_BROUGHT.sessions, doc.sessions.length);
  drops.add(NOT_BROUGHT.checkIns, doc.checkIns.length);
  return finish(format, entries, drops);
}
