import type { JournalDocument } from '../domain';
import type { ReportQuery } from './channels';
import { reportModel } from './report-model';
import { reportPeriod } from './report-period';
import type { ReportModel } from './report-types';
import { inPeriod, printableJournal } from './share-rule';

/**
 * The report `report:model` answers: the period the query chose on `today`, the journal through
 * the share rule with the person's own "leave private entries out of charts too", their week
 * start. A custom period is taken as given: check it with customPeriodProblem first.
 */
export function journalReport(
  doc: Readonly<JournalDocument>,
  query: ReportQuery,
  today: string,
  dayOf?: (instant: string) => string,
): ReportModel {
  const period = reportPeriod(query, today, doc.sessions);
  // Only the period's entries go through the share rule: it copies each full entry's body, and a
  // year is a fraction of a journal. Their insights follow them; the rest is read whole.
  const entries = doc.entries.filter((entry) => inPeriod(entry.date, period));
  return reportModel(
    printableJournal({ ...doc, entries }),
    { ...period, sections: query.sections, today, weekStart: doc.settings.weekStart },
    dayOf,
  );
}
