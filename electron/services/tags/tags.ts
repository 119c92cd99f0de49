import { normalizeTag, tagKey } from '../../../shared/domain';
import type { Entry, JournalDocument } from '../../../shared/domain';
import type { TagCount } from '../../../shared/entries/entry-contract';
import { ServiceError } from '../../errors';

/**
 * How each tag is spelled across the journal (its most used spelling), optionally ignoring one
 * entry, so that typing "work" on an entry files it under the existing "Work".
 */
export function tagSpellings(doc: Readonly<JournalDocument>, except?: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const entry of doc.entries) {
    if (entry.id === except) continue;
    for (const tag of entry.tags) {
      const key = tagKey(tag);
      const spellings = counts.get(key) ?? new Map<string, number>();
      spellings.set(tag, (spellings.get(tag) ?? 0) + 1);
      counts.set(key, spellings);
    }
  }
  const chosen = new Map<string, string>();
  for (const [key, spellings] of counts) {
    let best = '';
    let most = 0;
    for (const [spelling, count] of spellings) {
      if (count > most) [best, most] = [spelling, count];
    }
    chosen.set(key, best);
  }
  return chosen;
}

/** Trimmed, de-duplicated without regard to case (first one wins), in the journal's spelling. */
export function normalizeTags(tags: readonly string[], spellings: Map<string, string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(spellings.get(key) ?? tag);
  }
  return out;
}

/** Tags of the entries outside the trash with how many entries carry each, most used first. */
export function countTags(doc: Readonly<JournalDocument>): TagCount[] {
  const live: Readonly<JournalDocument> = {
    ...doc,
    entries: doc.entries.filter((entry) => !entry.deletedAt),
  };
  const spellings = tagSpellings(live);
  const counts = new Map<string, number>();
  for (const entry of live.entries) {
    for (const tag of new Set(entry.tags.map(tagKey))) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ tag: spellings.get(key) ?? key, count }))
    .sort(
      (a, b) => b.count - a.count || a.tag.localeCompare(b.tag, undefined, { sensitivity: 'base' }),
    );
}

/** Refuses a tag no entry carries (it may have been renamed or deleted a moment ago). */
export function requireTag(doc: Readonly<JournalDocument>, tag: string): void {
  const key = tagKey(tag);
  if (!doc.entries.some((entry) => entry.tags.some((t) => tagKey(t) === key))) {
    throw new ServiceError('NOT_FOUND', 'No entry has that tag any more.');
  }
}

/**
 * Renames `from` to `to` on every entry, trash included (so a restored entry comes back with
 * the new name). When `to` already exists the two merge: each entry keeps the tag once, and
 * every entry ends up with the spelling just chosen. Checked first with `requireTag`.
 */
export function renameTag(doc: JournalDocument, from: string, to: string): Entry[] {
  const fromKey = tagKey(from);
  const target = normalizeTag(to);
  const toKey = tagKey(target);
  const changed: Entry[] = [];
  for (const entry of doc.entries) {
    if (!entry.tags.some((tag) => [fromKey, toKey].includes(tagKey(tag)))) continue;
    const renamed = entry.tags.map((tag) =>
      [fromKey, toKey].includes(tagKey(tag)) ? target : tag,
    );
    entry.tags = normalizeTags(renamed, new Map());
    changed.push(entry);
  }
  return changed;
}

/** Removes the tag from every entry, trash included. */
export function deleteTag(doc: JournalDocument, tag: string): Entry[] {
  const key = tagKey(tag);
  const changed: Entry[] = [];
  for (const entry of doc.entries) {
    const kept = entry.tags.filter((t) => tagKey(t) !== key);
    if (kept.length === entry.tags.length) continue;
    entry.tags = kept;
    changed.push(entry);
  }
  return changed;
}
