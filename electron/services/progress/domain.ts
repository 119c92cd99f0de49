import { progressReport } from '../../../shared/therapy/progress';
import type { Domain } from '../../ipc';
import type { JournalSession } from '../vault/journal-session';

/**
 * The Progress screen's channel. The figures are derived on each call from what the journal holds
 * (shared/therapy/progress.ts), never stored, so they cannot drift from the records. Main runs in
 * the person's time zone, which places a step done or a goal achieved in its local month.
 */
export function progressDomain(session: JournalSession): Domain {
  return {
    name: 'progress',
    handlers: {
      'progress:get': (query) => session.read((doc) => progressReport(doc, query)),
    },
  };
}
