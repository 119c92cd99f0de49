import type { JournalDocument, Session, SessionPrep } from '../../../shared/domain';
import { isLogged } from '../../../shared/report/prep-draft';
import type { SavedPrep } from '../../../shared/report/prep-channels';
import { isEmptyPrep, prepNoteMarkdown, tidyPrepFields } from '../../../shared/report/prep-note';
import type { SavePrep } from '../../../shared/report/prep-note';
import { ServiceError } from '../../errors';

/** A session created by a prep note lasts as long as the last one did, or the usual 50 minutes. */
export const DEFAULT_SESSION_MINUTES = 50;

/** The session on `date` still to come (the first logged on that day), if there is one. */
export function upcomingSessionOn(
  doc: Readonly<JournalDocument>,
  date: string,
  today: string,
): Session | undefined {
  return doc.sessions.find((session) => session.date === date && !isLogged(session, today));
}

/** The day a prep note is for when the page names none: the next session date, if still ahead. */
export function prepDate(
  doc: Readonly<JournalDocument>,
  today: string,
  asked?: string,
): string | undefined {
  if (asked) return asked;
  const next = doc.settings.nextSessionDate;
  return next && next >= today ? next : undefined;
}

export function savedPrepOf(session: Readonly<Session>): SavedPrep | undefined {
  if (!session.prep && !session.prepNote.trim()) return undefined;
  const saved: SavedPrep = {
    sessionId: session.id,
    date: session.date,
    prepNote: session.prepNote,
  };
  if (session.prep) saved.fields = structuredClone(session.prep) as SessionPrep;
  return saved;
}

/** Why a prep note cannot be saved for `date`, checked before anything is written. */
export function checkPrepSave(
  doc: Readonly<JournalDocument>,
  input: SavePrep,
  today: string,
): Session | undefined {
  if (isEmptyPrep(input)) {
    throw new ServiceError('BAD_INPUT', 'The note is empty: write at least one thing to bring.');
  }
  if (input.date < today) {
    throw new ServiceError(
      'BAD_INPUT',
      'That day has passed: a prep note is for a session still to come. Choose today or a later day.',
    );
  }
  const upcoming = upcomingSessionOn(doc, input.date, today);
  if (!upcoming && doc.sessions.some((session) => session.date === input.date)) {
    throw new ServiceError(
      'BAD_INPUT',
      'The session on that day is already logged (its reflection is written), so its prep note is kept as it was.',
    );
  }
  return upcoming;
}

/** A minimal session for a day that has none yet: the person fills in the rest after it. */
export function sessionForPrep(doc: Readonly<JournalDocument>, id: string, date: string): Session {
  const last = [...doc.sessions].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
  const session: Session = {
    id,
    date,
    durationMinutes: last?.durationMinutes ?? DEFAULT_SESSION_MINUTES,
    prepNote: '',
    reflection: '',
    homework: [],
    discussedInsightIds: [],
  };
  if (last?.therapist) session.therapist = last.therapist;
  return session;
}

/** The session with the note stored: the Markdown as its prep note, the fields to reopen it. */
export function withPrep(session: Readonly<Session>, input: SavePrep, savedAt: string): Session {
  const tidy = tidyPrepFields({
    oneThing: input.oneThing,
    topics: input.topics,
    aboutTherapy: input.aboutTherapy,
    draft: input.draft,
  });
  return {
    ...(structuredClone(session) as Session),
    prepNote: prepNoteMarkdown(tidy),
    prep: { ...tidy, savedAt },
  };
}
