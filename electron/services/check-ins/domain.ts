import type { Domain } from '../../ipc';
import type { EntriesClock } from '../entries/clock';
import { systemClock } from '../entries/clock';
import type { JournalSession } from '../vault/journal-session';
import { listCheckIns, newCheckIn, requireCheckIn } from './check-ins';

/** The PHQ-9 and GAD-7 self-checks: list, take, delete. */
export function checkInsDomain(session: JournalSession, clock: EntriesClock = systemClock): Domain {
  return {
    name: 'check-ins',
    handlers: {
      'checkIns:list': () => session.read(listCheckIns),
      'checkIns:create': (input) => {
        const checkIn = newCheckIn(input, clock.newId(), clock.now().toISOString());
        return session.change((doc) => {
          doc.checkIns.push(checkIn);
          return structuredClone(checkIn);
        });
      },
      'checkIns:delete': ({ id }) =>
        session.mutate(
          (doc) => requireCheckIn(doc, id),
          (doc, index) => {
            doc.checkIns.splice(index, 1);
          },
        ),
    },
  };
}
