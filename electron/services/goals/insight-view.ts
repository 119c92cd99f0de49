import type { Entry, Insight, JournalDocument } from '../../../shared/domain';
import type { InsightView } from '../../../shared/therapy/therapy-contract';

/**
 * Insights as screens show them, for the goals that list them. Insights of an entry in the trash
 * are hidden with it (derived here, never copied), and come back when it is restored.
 */

/** Entries outside the trash, by id. */
export function liveEntries(doc: Readonly<JournalDocument>): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const entry of doc.entries) if (!entry.deletedAt) entries.set(entry.id, entry);
  return entries;
}

/**
 * Where the insight's passage stands. A mark in the body carries the insight's id (a random
 * UUID, which ordinary writing never contains), whatever its syntax: with a quote and no id in
 * the body, the words were deleted and the insight keeps its quote.
 */
function passageOf(insight: Insight, entry: Entry): InsightView['passage'] {
  if (insight.quote === undefined) return 'whole-entry';
  return entry.body.includes(insight.id) ? 'marked' : 'removed';
}

export function insightView(
  doc: Readonly<JournalDocument>,
  insight: Insight,
  entry: Entry,
): InsightView {
  const view: InsightView = {
    ...structuredClone(insight),
    entryDate: entry.date,
    entryTitle: entry.title,
    entryShareLevel: entry.shareLevel,
    passage: passageOf(insight, entry),
  };
  if (insight.discussedInSessionId) {
    const session = doc.sessions.find((s) => s.id === insight.discussedInSessionId);
    if (session) view.discussedOn = session.date;
  }
  return view;
}

/** Newest first: by the day of the entry, then by when the insight was marked. */
export function newestInsightFirst(a: InsightView, b: InsightView): number {
  if (a.entryDate !== b.entryDate) return a.entryDate < b.entryDate ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
