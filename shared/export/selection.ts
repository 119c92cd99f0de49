import type { JournalDocument, ShareLevel } from '../domain';

/**
 * What an export holds: the journal without its trash, and without the entries whose share level
 * was not chosen. Insights go with their entry, and a session forgets the insights it discussed
 * that stayed behind, so the copy holds no reference to a record it does not hold.
 */
export function exportedDocument(
  doc: Readonly<JournalDocument>,
  levels: ReadonlySet<ShareLevel>,
): JournalDocument {
  const entries = doc.entries.filter((e) => e.deletedAt === undefined && levels.has(e.shareLevel));
  const kept = new Set(entries.map((e) => e.id));
  const insights = doc.insights.filter((i) => kept.has(i.entryId));
  const insightIds = new Set(insights.map((i) => i.id));
  const sessions = doc.sessions.map((s) =>
    s.discussedInsightIds.every((id) => insightIds.has(id))
      ? s
      : { ...s, discussedInsightIds: s.discussedInsightIds.filter((id) => insightIds.has(id)) },
  );
  return { ...doc, entries, insights, sessions } as JournalDocument;
}

/** Every share level: what the encrypted copy holds. */
export const ALL_LEVELS: ReadonlySet<ShareLevel> = new Set(['private', 'summary', 'full']);
