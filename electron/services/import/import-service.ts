import { randomUUID } from 'node:crypto';
import { tagKey } from '../../../shared/domain';
import type { Entry, JournalDocument, ShareLevel } from '../../../shared/domain';
import { TAGS_PER_ENTRY_MAX } from '../../../shared/entries/limits';
import type {
  ImportChoice,
  ImportPreview,
  ImportResult,
} from '../../../shared/import/import-contract';
import { stripForeignMarks } from '../../../shared/insight-marks';
import { ServiceError } from '../../errors';
import type { Platform } from '../../platform';
import type { EntriesClock } from '../entries/clock';
import { normalizeTags, tagSpellings } from '../tags/tags';
import type { JournalSession } from '../vault/journal-session';
import { looksSealed } from '../../vault';
import { parseSource } from './detect';
import { parseSealedExport } from './own-export';
import type { ImportedEntry, ParsedImport } from './imported';
import { readSource } from './source';

interface Held {
  token: string;
  source: string;
  parsed: ParsedImport;
}

const FORGOTTEN =
  'That import is no longer ready (the journal was locked, or another file was chosen). Choose the file again.';

/** What makes two entries the same for an import: the same day, title and body. */
const sameKey = (date: string, title: string, body: string) => `${date}\u0000${title}\u0000${body}`;

/**
 * Importing another journal: the person chooses a file in main's own dialog (the page never
 * holds a path), sees a preview, and confirms. The parsed entries wait in main under a token
 * until then; locking forgets them, as it forgets everything decrypted.
 */
export class ImportService {
  private readonly choices = new Map<string, { path: string; name: string }>();
  private held: Held | null = null;

  constructor(
    private readonly session: JournalSession,
    private readonly platform: Platform,
    private readonly clock: EntriesClock,
    /** Tells the search index about the entries an import added. */
    private readonly added: (doc: Readonly<JournalDocument>, entries: readonly Entry[]) => void,
  ) {
    session.onClose(() => {
      this.choices.clear();
      this.held = null;
    });
  }

  async choose(folder: boolean): Promise<ImportChoice | null> {
    this.session.read(() => undefined); // a locked journal is refused before any dialog opens
    const path = await this.platform.chooseOpenPath({
      title: folder ? 'Import a folder of Markdown files' : 'Import a journal export',
      folder,
    });
    if (!path) return null;
    const choice = randomUUID();
    this.choices.clear();
    const name = path.split(/[\\/]/).filter(Boolean).pop() ?? path;
    this.choices.set(choice, { path, name });
    return { choice, name };
  }

  /** `passphrase` opens an encrypted export; without it (or wrong) such a file is WRONG_SECRET. */
  async preview(choice: string, passphrase?: string): Promise<ImportPreview> {
    this.session.read(() => undefined);
    const chosen = this.choices.get(choice);
    if (!chosen) throw new ServiceError('NOT_FOUND', FORGOTTEN);
    const source = await readSource(chosen.path);
    const sealed = source.single && looksSealed(source.files[0]!.bytes);
    const parsed = sealed
      ? await parseSealedExport(Buffer.from(source.files[0]!.bytes), passphrase)
      : parseSource(source);
    this.session.read(() => undefined); // locked while the passphrase was being checked
    const token = randomUUID();
    this.held = { token, source: chosen.name, parsed };
    return this.session.read((doc) => describe(doc, this.held!));
  }

  /** Adds what the preview showed, less what is already there, in one save after a backup. */
  async commit(token: string, shareLevel: ShareLevel, tag: string): Promise<ImportResult> {
    const held = this.held;
    if (!held || held.token !== token) throw new ServiceError('NOT_FOUND', FORGOTTEN);
    const at = this.clock.now().toISOString();
    const ids = held.parsed.entries.map(() => this.clock.newId());
    let result: ImportResult = { added: 0, skipped: 0, tag };
    let added: string[] = [];
    // Runs on a copy, then (once that is on disk) on the journal: both runs add the same.
    const apply = (doc: JournalDocument) => {
      const spellings = tagSpellings(doc);
      const seen = existingKeys(doc);
      const newIds: string[] = [];
      let skipped = 0;
      held.parsed.entries.forEach((imported, i) => {
        const entry = toEntry(imported, ids[i]!, at, shareLevel, tag, spellings);
        const key = sameKey(entry.date, entry.title, entry.body);
        if (seen.has(key)) {
          skipped++;
          return;
        }
        seen.add(key);
        doc.entries.push(entry);
        newIds.push(entry.id);
      });
      added = newIds;
      result = { added: newIds.length, skipped, tag: spellings.get(tagKey(tag)) ?? tag };
    };
    const nothingNew = this.session.read((doc) => {
      const seen = existingKeys(doc);
      const spellings = tagSpellings(doc);
      return held.parsed.entries.every((imported, i) => {
        const e = toEntry(imported, ids[i]!, at, shareLevel, tag, spellings);
        return seen.has(sameKey(e.date, e.title, e.body));
      });
    });
    if (nothingNew) {
      this.held = null;
      return { added: 0, skipped: held.parsed.entries.length, tag };
    }
    await this.session.changeAllOrNothing(apply, 'pre-import');
    this.held = null;
    this.session.read((doc) => {
      const fresh = new Set(added);
      this.added(
        doc,
        doc.entries.filter((entry) => fresh.has(entry.id)),
      );
    });
    return result;
  }
}

/**
 * An imported entry as the journal stores it, by the rules a typed entry follows: tags in the
 * journal's spelling, and no `<mark>` of an insight (a new entry has none, so any mark in the
 * file is forged and stripped, its words kept).
 */
function toEntry(
  imported: ImportedEntry,
  id: string,
  at: string,
  shareLevel: ShareLevel,
  tag: string,
  spellings: Map<string, string>,
): Entry {
  const body = imported.body.includes('<mark')
    ? stripForeignMarks(imported.body, new Set())
    : imported.body;
  const entry: Entry = {
    id,
    date: imported.date,
    createdAt: imported.createdAt ?? at,
    updatedAt: at,
    title: imported.title,
    body,
    tags: normalizeTags([...imported.tags.slice(0, TAGS_PER_ENTRY_MAX - 1), tag], spellings),
    shareLevel: imported.shareLevel ?? shareLevel,
  };
  if (imported.mood !== undefined) entry.mood = imported.mood;
  return entry;
}

/** Every entry's key, the trash included: importing again must not bring back what was deleted. */
function existingKeys(doc: Readonly<JournalDocument>): Set<string> {
  return new Set(doc.entries.map((e) => sameKey(e.date, e.title, e.body)));
}

function describe(doc: Readonly<JournalDocument>, held: Held): ImportPreview {
  const { parsed } = held;
  const seen = existingKeys(doc);
  let duplicates = 0;
  let from: string | undefined;
  let to: string | undefined;
  const tags = new Map<string, { tag: string; count: number }>();
  for (const entry of parsed.entries) {
    const body = entry.body.includes('<mark')
      ? stripForeignMarks(entry.body, new Set())
      : entry.body;
    const key = sameKey(entry.date, entry.title, body);
    if (seen.has(key)) duplicates++;
    seen.add(key);
    if (from === undefined || entry.date < from) from = entry.date;
    if (to === undefined || entry.date > to) to = entry.date;
    for (const tag of entry.tags) {
      const counted = tags.get(tagKey(tag)) ?? { tag, count: 0 };
      counted.count++;
      tags.set(tagKey(tag), counted);
    }
  }
  const preview: ImportPreview = {
    token: held.token,
    source: held.source,
    format: parsed.format,
    entries: parsed.entries.length,
    duplicates,
    tags: [...tags.values()].sort(
      (a, b) => b.count - a.count || a.tag.localeCompare(b.tag, undefined, { sensitivity: 'base' }),
    ),
    dropped: parsed.dropped,
  };
  const own = parsed.entries.filter((entry) => entry.shareLevel !== undefined).length;
  if (own > 0) preview.ownShareLevels = own;
  if (from !== undefined) preview.from = from;
  if (to !== undefined) preview.to = to;
  return preview;
}
