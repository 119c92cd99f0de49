import { isUntouchedTemplate } from '../therapy/thought-record';
import type { JournalDocument } from './document';
import type { Entry } from './records';

/**
 * An entry the person opened and never wrote in: no title, no words (a thought record's headings
 * alone are not words of theirs), no tags, no mood, no emotion rated, nothing marked in it. Only
 * such an entry may be dropped without passing through the trash, and the main process decides
 * it on the stored entry, never on a copy the page holds.
 */
export function isBlankEntry(doc: Readonly<JournalDocument>, entry: Readonly<Entry>): boolean {
  return (
    !entry.title.trim() &&
    (!entry.body.trim() || isUntouchedTemplate(entry.body)) &&
    entry.tags.length === 0 &&
    entry.mood === undefined &&
    !entry.thoughtRecord?.emotions.length &&
    !doc.insights.some((insight) => insight.entryId === entry.id)
  );
}
