import type { Entry, JournalDocument } from '../../../shared/domain';

/** How long a deleted entry stays in the trash before it is removed for good. */
export const TRASH_DAYS = 30;
const TRASH_MS = TRASH_DAYS * 24 * 60 * 60 * 1000;

/** When an entry deleted at `deletedAt` is removed for good. */
export function purgeAt(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + TRASH_MS).toISOString();
}

/** Ids of the entries that have been in the trash for the full 30 days at `now`. */
export function expiredIds(doc: Readonly<JournalDocument>, now: Date): string[] {
  const cutoff = now.getTime() - TRASH_MS;
  const ids: string[] = [];
  for (const entry of doc.entries) {
    if (entry.deletedAt && Date.parse(entry.deletedAt) <= cutoff) ids.push(entry.id);
  }
  return ids;
}

/**
 * Removes entries for good, with the insights that mark passages of them and the references
 * sessions hold to those insights, so no record points at something that no longer exists.
 */
export function purgeEntries(doc: JournalDocument, ids: ReadonlySet<string>): Entry[] {
  if (ids.size === 0) return [];
  const removed = doc.entries.filter((entry) => ids.has(entry.id));
  doc.entries = doc.entries.filter((entry) => !ids.has(entry.id));
  const insightIds = new Set(
    doc.insights.filter((insight) => ids.has(insight.entryId)).map((insight) => insight.id),
  );
  if (insightIds.size > 0) {
    doc.insights = doc.insights.filter((insight) => !insightIds.has(insight.id));
    for (const session of doc.sessions) {
      session.discussedInsightIds = session.discussedInsightIds.filter((id) => !insightIds.has(id));
    }
  }
  return removed;
}
