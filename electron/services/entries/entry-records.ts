import { stripForeignMarks } from '../../../shared/insight-marks';
import type { Entry, JournalDocument } from '../../../shared/domain';
import type { CreateEntry, EntryPatch } from '../../../shared/entries/entry-contract';
import type { ThoughtRecord } from '../../../shared/therapy/thought-record';
import { ServiceError } from '../../errors';
import { promptExists } from '../prompts/prompts';
import { normalizeTags, tagSpellings } from '../tags/tags';

export function findEntry<D extends Readonly<JournalDocument>>(
  doc: D,
  id: string,
): D['entries'][number] {
  const entry = doc.entries.find((e) => e.id === id);
  if (!entry) throw new ServiceError('NOT_FOUND', 'That entry no longer exists.');
  return entry;
}

function requirePrompt(doc: Readonly<JournalDocument>, id: string): void {
  if (!promptExists(doc, id)) throw new ServiceError('NOT_FOUND', 'That prompt no longer exists.');
}

/** A new entry with the app's defaults for whatever the input leaves out. */
export function newEntry(
  doc: Readonly<JournalDocument>,
  input: CreateEntry,
  id: string,
  at: string,
): Entry {
  const entry: Entry = {
    id,
    date: input.date,
    createdAt: at,
    updatedAt: at,
    title: input.title ?? '',
    // A new entry has no insights yet: no mark in its body can point at one.
    body: ownMarksOnly(doc, id, input.body ?? ''),
    tags: normalizeTags(input.tags ?? [], tagSpellings(doc)),
    shareLevel: input.shareLevel ?? 'private',
  };
  if (input.mood != null) entry.mood = input.mood;
  if (input.thoughtRecord != null) entry.thoughtRecord = copyThoughtRecord(input.thoughtRecord);
  if (input.promptId != null) {
    requirePrompt(doc, input.promptId);
    entry.promptId = input.promptId;
  }
  return entry;
}

/**
 * What the entry would become under `patch`, or null when nothing would change (autosave often
 * sends what is already stored; that costs no write). `null` clears mood, prompt and thought record.
 */
export function patched(
  doc: Readonly<JournalDocument>,
  entry: Readonly<Entry>,
  patch: EntryPatch,
  at: string,
): Entry | null {
  const next = copyEntry(entry);
  if (patch.date !== undefined) next.date = patch.date;
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.body !== undefined) next.body = ownMarksOnly(doc, entry.id, patch.body);
  if (patch.shareLevel !== undefined) next.shareLevel = patch.shareLevel;
  if (patch.tags !== undefined) next.tags = normalizeTags(patch.tags, tagSpellings(doc, entry.id));
  if (patch.mood === null) delete next.mood;
  else if (patch.mood !== undefined) next.mood = patch.mood;
  if (patch.thoughtRecord === null) delete next.thoughtRecord;
  else if (patch.thoughtRecord !== undefined) {
    next.thoughtRecord = copyThoughtRecord(patch.thoughtRecord);
  }
  if (patch.promptId === null) delete next.promptId;
  else if (patch.promptId !== undefined && patch.promptId !== entry.promptId) {
    requirePrompt(doc, patch.promptId);
    next.promptId = patch.promptId;
  }
  if (sameEntry(next, entry)) return null;
  next.updatedAt = at > entry.updatedAt ? at : entry.updatedAt;
  return next;
}

function sameEntry(a: Readonly<Entry>, b: Readonly<Entry>): boolean {
  return (
    a.date === b.date &&
    a.title === b.title &&
    a.body === b.body &&
    a.shareLevel === b.shareLevel &&
    a.mood === b.mood &&
    a.promptId === b.promptId &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i]) &&
    sameThoughtRecord(a.thoughtRecord, b.thoughtRecord)
  );
}

function sameThoughtRecord(a?: ThoughtRecord, b?: ThoughtRecord): boolean {
  if (!a || !b) return a === b;
  return (
    a.emotions.length === b.emotions.length &&
    a.emotions.every((e, i) => {
      const f = b.emotions[i]!;
      return e.name === f.name && e.before === f.before && e.after === f.after;
    })
  );
}

/** Only the fields a thought record has, with no `after` key for an emotion not re-rated. */
function copyThoughtRecord(record: Readonly<ThoughtRecord>): ThoughtRecord {
  return {
    emotions: record.emotions.map(({ name, before, after }) =>
      after === undefined ? { name, before } : { name, before, after },
    ),
  };
}

/** A copy safe to hand across IPC: later changes to the document do not reach it. */
export function copyEntry(entry: Readonly<Entry>): Entry {
  const copy: Entry = { ...entry, tags: [...entry.tags] };
  if (entry.thoughtRecord) copy.thoughtRecord = copyThoughtRecord(entry.thoughtRecord);
  return copy;
}

/**
 * The body with only the marks of this entry's own insights: a body typed, pasted or imported
 * cannot forge a mark that opens another entry's insight. The words inside any other mark stay.
 */
function ownMarksOnly(doc: Readonly<JournalDocument>, entryId: string, body: string): string {
  if (!body.includes('<mark')) return body;
  const own = new Set<string>();
  for (const insight of doc.insights) if (insight.entryId === entryId) own.add(insight.id);
  return stripForeignMarks(body, own);
}
