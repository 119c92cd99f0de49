import { customPeriodProblem, reportPeriod } from '../../../shared/report/report-period';
import { reportModel } from '../../../shared/report/report-model';
import { inPeriod, printableJournal } from '../../../shared/report/share-rule';
import { localDayOf } from '../../../shared/therapy/days';
import { ServiceError } from '../../errors';
import type { Domain } from '../../ipc';
import type { EntriesClock } from '../entries/clock';
import { systemClock } from '../entries/clock';
import type { JournalSession } from '../vault/journal-session';

/**
 * The progress report's channel. The journal reaches the report only through the share rule
 * (printableJournal), with the person's own "leave private entries out of charts too"; today is
 * the person's local day, as main's time zone is theirs.
 */
export function reportDomain(session: JournalSession, clock: EntriesClock = systemClock): Domain {
  return {
    name: 'report',
    handlers: {
      'report:model': (query) => {
        if ('from' in query) {
          const problem = customPeriodProblem(query.from, query.to);
          if (problem) throw new ServiceError('BAD_INPUT', problem);
        }
        const today = localDayOf(clock.now());
        return session.read((doc) => {
          const period = reportPeriod(query, today, doc.sessions);
          // Only the period's entries go through the share rule: it copies each full entry's body,
          // and a year is a fraction of a journal. Their insights follow them; the rest is read whole.
          const entries = doc.entries.filter((entry) => inPeriod(entry.date, period));
          return reportModel(printableJournal({ ...doc, entries }), {
            ...period,
            sections: query.sections,
            today,
            weekStart: doc.settings.weekStart,
          });
        });
      },
    },
  };
}
