import type { JournalDocument } from './document';
import type { Entry } from './records';

/**
 * An entry the person opened and never wrote in: no title, no words, no tags, no mood, nothing
 * marked in it. Only such an entry may be dropped without passing through the trash, and the
 * main process decides it on the stored entry, never on a copy the page holds.
 */
export function isBlankEntry(doc: Readonly<JournalDocument>, entry: Readonly<Entry>): boolean {
  return (
    !entry.title.trim() &&
    !entry.body.trim() &&
    entry.tags.length === 0 &&
    entry.mood === undefined &&
    !doc.insights.some((insight) => insight.entryId === entry.id)
  );
}
