import { CURRENT_SCHEMA_VERSION, journalDocumentSchema } from './document';
import type { JournalDocument } from './document';
import { isExactEntry } from './entry-check';
import { migrateToV3 } from './migration-v3';
import { migrateToV4 } from './migration-v4';

/** One step of the document's history. `migrate` receives a document at `from`. */
export interface Migration {
  from: number;
  to: number;
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Every step from the first released schema (1) to CURRENT_SCHEMA_VERSION, oldest first.
 * A change to the document adds the next `{ from, to: from + 1, migrate }` here and bumps
 * CURRENT_SCHEMA_VERSION. Steps are kept forever: a journal untouched for years must still open.
 */
export const migrations: readonly Migration[] = [
  {
    // v2: entries gained an optional `deletedAt` (the trash), which needs nothing from old
    // documents; the person's own reflection prompts need a list to live in.
    from: 1,
    to: 2,
    migrate: (doc) => ({ ...doc, prompts: [] }),
  },
  {
    // v3: check-ins store their band (and, from now on, the unscored difficulty answer); the
    // safety plan follows the six Stanley–Brown sections, so its old fields move into them.
    from: 2,
    to: 3,
    migrate: migrateToV3,
  },
  {
    // v4: a report holds the sections the person chose, and may leave private entries out of
    // its charts too.
    from: 3,
    to: 4,
    migrate: migrateToV4,
  },
];

export type DocumentProblem = 'newer-version' | 'unknown-version' | 'invalid';

/** Why a decrypted document cannot be used. Carries no document content. */
export class DocumentError extends Error {
  constructor(
    readonly problem: DocumentProblem,
    readonly schemaVersion?: number,
  ) {
    super(
      problem === 'newer-version'
        ? `document schema version ${schemaVersion} is newer than this build knows`
        : problem === 'unknown-version'
          ? 'document schema version is missing or has no migration path'
          : 'document does not match the schema',
    );
    this.name = 'DocumentError';
  }
}

/**
 * Brings a parsed document to `target`, one step at a time and in order.
 * Refuses a document from a newer build rather than guess at fields it does not know.
 */
export function migrateDocument(
  raw: unknown,
  steps: readonly Migration[] = migrations,
  target: number = CURRENT_SCHEMA_VERSION,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DocumentError('invalid');
  }
  let doc = raw as Record<string, unknown>;
  const declared = doc.schemaVersion;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
    throw new DocumentError('unknown-version');
  }
  let version: number = declared;
  if (version > target) throw new DocumentError('newer-version', version);
  while (version < target) {
    const from: number = version;
    const step = steps.find((s) => s.from === from);
    if (!step || step.to !== from + 1) throw new DocumentError('unknown-version', from);
    doc = { ...step.migrate(doc), schemaVersion: step.to };
    version = step.to;
  }
  return doc;
}

/** Migrates then validates: the only way a decrypted document becomes a JournalDocument. */
export function parseJournalDocument(raw: unknown): JournalDocument {
  const migrated = migrateDocument(raw);
  const { entries } = migrated;
  // The usual case, thousands of entries just as this build wrote them: checked, not copied.
  if (Array.isArray(entries) && entries.every(isExactEntry)) {
    const rest = journalDocumentSchema.safeParse({ ...migrated, entries: [] });
    if (!rest.success) throw new DocumentError('invalid');
    return { ...rest.data, entries };
  }
  const result = journalDocumentSchema.safeParse(migrated);
  if (!result.success) throw new DocumentError('invalid');
  return result.data;
}
