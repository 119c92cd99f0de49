import type { JournalDocument } from '../../../shared/domain';
import type { ReportQuery } from '../../../shared/report/channels';
import { reportModel } from '../../../shared/report/report-model';
import { reportPeriod } from '../../../shared/report/report-period';
import type { ReportModel } from '../../../shared/report/report-types';
import { inPeriod, printableJournal } from '../../../shared/report/share-rule';

/**
 * The report `report:model` answers: the period the query chose on `today`, the journal through
 * the share rule with the person's own "leave private entries out of charts too", their week
 * start. A custom period is taken as given: check it with customPeriodProblem first.
 * It lives in main, not shared/report/: it picks which of the document's entries the share rule
 * reads, and only the rule turns them into anything printable.
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
