import { journalReport } from './journal-report';
import { customPeriodProblem } from '../../../shared/report/report-period';
import { localDayOf } from '../../../shared/therapy/days';
import { ServiceError } from '../../errors';
import type { Domain } from '../../ipc';
import type { EntriesClock } from '../entries/clock';
import { systemClock } from '../entries/clock';
import type { JournalSession } from '../vault/journal-session';

/**
 * The progress report's channel. The journal reaches the report only through the share rule
 * (journal-report.ts); today is the person's local day, as main's time zone is theirs.
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
        return session.read((doc) => journalReport(doc, query, today));
      },
    },
  };
}
