import type { JournalDocument } from '../../../shared/domain';
import { addDays, daysBetween } from '../../../shared/therapy/days';
import { prepPeriod } from '../../../shared/report/prep-draft';

/*
 * The part of the journal a prep draft can read: the share rule costs a pass over every entry's
 * body (about 100 ms over 10,000 entries), and a draft reads only a few weeks of them. The scope
 * is still a document that goes through the share rule whole; prepDraft over it equals prepDraft
 * over the full journal (a property test holds the two together).
 */

/**
 * Entries from the start of the period before (the mood comparison's) to today, and any entry
 * holding an insight still to bring to a session; their insights; every other record as it is.
 */
export function prepScope(doc: Readonly<JournalDocument>, today: string): JournalDocument {
  const period = prepPeriod(doc.sessions, today);
  const from = addDays(period.from, -(daysBetween(period.from, period.to) + 1));
  const pending = new Set<string>();
  for (const insight of doc.insights) {
    if (insight.bringToSession && insight.discussedInSessionId === undefined) {
      pending.add(insight.entryId);
    }
  }
  const entries = doc.entries.filter(
    (entry) => (entry.date >= from && entry.date <= today) || pending.has(entry.id),
  );
  const kept = new Set(entries.map((entry) => entry.id));
  return {
    ...doc,
    entries,
    insights: doc.insights.filter((insight) => kept.has(insight.entryId)),
  } as JournalDocument;
}
