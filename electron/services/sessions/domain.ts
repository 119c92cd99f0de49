import { localDayOf } from '../../../shared/therapy/days';
import { therapyGlance } from '../../../shared/therapy/glance';
import type { Domain } from '../../ipc';
import type { EntriesClock } from '../entries/clock';
import { systemClock } from '../entries/clock';
import type { JournalSession } from '../vault/journal-session';
import { unchanged } from '../vault/journal-session';
import {
  copySession,
  deleteSession,
  findSession,
  markDiscussed,
  newSession,
  newestSessionsFirst,
  patchedSession,
} from './session-records';

/**
 * The therapy sessions' channels. Picking an insight as discussed marks it discussed in that
 * session; unpicking it, or deleting the session, un-marks it. Both sides change in one write.
 */
export function sessionsDomain(session: JournalSession, clock: EntriesClock = systemClock): Domain {
  return {
    name: 'sessions',
    handlers: {
      'sessions:list': () => session.read(newestSessionsFirst),
      'sessions:get': ({ id }) => session.read((doc) => copySession(findSession(doc, id))),
      'sessions:create': (input) => {
        const id = clock.newId();
        return session.mutate(
          (doc) => newSession(doc, input, id, clock.newId),
          (doc, created) => {
            doc.sessions.push(created);
            markDiscussed(doc, id, created.discussedInsightIds);
            return copySession(created);
          },
        );
      },
      'sessions:update': ({ id, patch }) =>
        session.mutate(
          (doc) => {
            const current = findSession(doc, id);
            return (
              patchedSession(doc, current, patch, clock.newId) ?? unchanged(copySession(current))
            );
          },
          (doc, next) => {
            doc.sessions = doc.sessions.map((s) => (s.id === id ? next : s));
            markDiscussed(doc, id, next.discussedInsightIds);
            return copySession(next);
          },
        ),
      'sessions:delete': ({ id }) =>
        session.mutate(
          (doc) => void findSession(doc, id),
          (doc) => deleteSession(doc, id),
        ),
    },
  };
}

/** What the journal screen shows of therapy, for today as the person's clock has it. */
export function glanceDomain(session: JournalSession, clock: EntriesClock = systemClock): Domain {
  return {
    name: 'glance',
    handlers: {
      'therapy:glance': () => session.read((doc) => therapyGlance(doc, localDayOf(clock.now()))),
    },
  };
}
