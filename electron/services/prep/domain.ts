import { printableJournal } from '../../../shared/report/share-rule';
import { prepDraft } from '../../../shared/report/prep-draft';
import { prepScope } from './prep-scope';
import type { PrepSaved, PrepView } from '../../../shared/report/prep-channels';
import { localDayOf } from '../../../shared/therapy/days';
import type { Domain } from '../../ipc';
import type { EntriesClock } from '../entries/clock';
import { systemClock } from '../entries/clock';
import type { JournalSession } from '../vault/journal-session';
import {
  checkPrepSave,
  prepDate,
  savedPrepOf,
  sessionForPrep,
  upcomingSessionOn,
  withPrep,
} from './prep-records';

/**
 * Session prep. The draft is assembled on each call from the journal through the share rule
 * (never stored, so it cannot drift); what the person saves becomes the session's prep note.
 * Main runs in the person's time zone, which decides "today" and the day a step was done.
 */
export function prepDomain(session: JournalSession, clock: EntriesClock = systemClock): Domain {
  return {
    name: 'prep',
    handlers: {
      'prep:draft': ({ date: asked }) =>
        session.read((doc): PrepView => {
          const today = localDayOf(clock.now());
          const date = prepDate(doc, today, asked);
          const view: PrepView = {
            draft: prepDraft(printableJournal(prepScope(doc, today)), {
              today,
              ...(doc.settings.nextSessionDate
                ? { nextSessionDate: doc.settings.nextSessionDate }
                : {}),
            }),
          };
          if (date) {
            view.date = date;
            const upcoming = upcomingSessionOn(doc, date, today);
            const saved = upcoming && savedPrepOf(upcoming);
            if (saved) view.saved = saved;
          }
          return view;
        }),
      'prep:save': (input) => {
        const now = clock.now();
        const today = localDayOf(now);
        return session.mutate(
          (doc) => {
            const existing = checkPrepSave(doc, input, today);
            const base = existing ?? sessionForPrep(doc, clock.newId(), input.date);
            return { next: withPrep(base, input, now.toISOString()), created: !existing };
          },
          (doc, { next, created }): PrepSaved => {
            if (created) doc.sessions.push(next);
            else doc.sessions = doc.sessions.map((s) => (s.id === next.id ? next : s));
            return {
              sessionId: next.id,
              date: next.date,
              prepNote: next.prepNote,
              fields: structuredClone(next.prep!),
              created,
            };
          },
        );
      },
    },
  };
}
