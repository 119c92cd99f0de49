import type { Homework, JournalDocument, Money, Session } from '../../../shared/domain';
import type { CreateSession, SessionPatch } from '../../../shared/therapy/therapy-contract';
import { ServiceError } from '../../errors';

export function findSession<D extends Readonly<JournalDocument>>(
  doc: D,
  id: string,
): D['sessions'][number] {
  const session = doc.sessions.find((s) => s.id === id);
  if (!session) throw new ServiceError('NOT_FOUND', 'That session no longer exists.');
  return session;
}

export const copySession = (session: Readonly<Session>): Session =>
  structuredClone(session) as Session;

/** Newest first; of two on the same day, the one logged later. */
export function newestSessionsFirst(doc: Readonly<JournalDocument>): Session[] {
  return doc.sessions
    .map((session, order) => ({ session, order }))
    .sort((a, b) =>
      a.session.date !== b.session.date
        ? a.session.date < b.session.date
          ? 1
          : -1
        : b.order - a.order,
    )
    .map(({ session }) => copySession(session));
}

/** A cost without a currency is in the one chosen in Settings for new sessions. */
function moneyOf(
  doc: Readonly<JournalDocument>,
  cost: { minorUnits: number; currency?: string | undefined },
): Money {
  return { minorUnits: cost.minorUnits, currency: cost.currency ?? doc.settings.currency };
}

type HomeworkIn = NonNullable<CreateSession['homework']>[number];

/**
 * The homework list as sent, each item keeping the id it came with (which must be one of this
 * session's items) and each new one getting a fresh id.
 */
function homeworkOf(
  items: readonly HomeworkIn[],
  existing: readonly Homework[],
  newId: () => string,
): Homework[] {
  const known = new Set(existing.map((item) => item.id));
  const seen = new Set<string>();
  return items.map(({ id, text, status, note }) => {
    if (id !== undefined) {
      if (!known.has(id)) {
        throw new ServiceError('NOT_FOUND', 'A homework item you changed no longer exists.');
      }
      if (seen.has(id)) throw new ServiceError('BAD_INPUT', 'A homework item is listed twice.');
      seen.add(id);
    }
    const item: Homework = { id: id ?? newId(), text, status };
    if (note) item.note = note;
    return item;
  });
}

/**
 * The insights discussed in the session, as picked. Each must be in the journal (an insight of
 * an entry in the trash is not: NOT_FOUND) and not already discussed in another session. Those
 * already linked whose entry went to the trash stay linked, unseen by the page, so restoring the
 * entry brings them back as they were.
 */
function discussedOf(
  doc: Readonly<JournalDocument>,
  sessionId: string,
  picked: readonly string[],
  current: readonly string[],
): string[] {
  const entries = new Map(doc.entries.map((entry) => [entry.id, entry]));
  const insights = new Map(doc.insights.map((insight) => [insight.id, insight]));
  const hidden = current.filter((id) => {
    const insight = insights.get(id);
    return insight !== undefined && entries.get(insight.entryId)?.deletedAt !== undefined;
  });
  const ids = [...new Set(picked)];
  for (const id of ids) {
    const insight = insights.get(id);
    const entry = insight && entries.get(insight.entryId);
    if (!insight || !entry || (entry.deletedAt && !current.includes(id))) {
      throw new ServiceError(
        'NOT_FOUND',
        'An insight you picked is no longer in your journal (its entry may be in the trash).',
      );
    }
    if (insight.discussedInSessionId && insight.discussedInSessionId !== sessionId) {
      throw new ServiceError(
        'BAD_INPUT',
        'An insight you picked was already discussed in another session.',
      );
    }
  }
  return [...ids, ...hidden.filter((id) => !ids.includes(id))];
}

/** A new session from what was logged: empty reflection and prep note unless written. */
export function newSession(
  doc: Readonly<JournalDocument>,
  input: CreateSession,
  id: string,
  newId: () => string,
): Session {
  const session: Session = {
    id,
    date: input.date,
    durationMinutes: input.durationMinutes,
    prepNote: '',
    reflection: input.reflection ?? '',
    homework: homeworkOf(input.homework ?? [], [], newId),
    discussedInsightIds: discussedOf(doc, id, input.discussedInsightIds ?? [], []),
  };
  if (input.cost) session.cost = moneyOf(doc, input.cost);
  if (input.therapist) session.therapist = input.therapist;
  return session;
}

/**
 * What the session becomes under `patch`, or null when nothing would change. `cost: null` and an
 * empty therapist clear them; homework and discussed insights are replaced as sent.
 */
export function patchedSession(
  doc: Readonly<JournalDocument>,
  session: Readonly<Session>,
  patch: SessionPatch,
  newId: () => string,
): Session | null {
  const next = copySession(session);
  if (patch.date !== undefined) next.date = patch.date;
  if (patch.durationMinutes !== undefined) next.durationMinutes = patch.durationMinutes;
  if (patch.cost === null) delete next.cost;
  else if (patch.cost !== undefined) next.cost = moneyOf(doc, patch.cost);
  if (patch.therapist === '') delete next.therapist;
  else if (patch.therapist !== undefined) next.therapist = patch.therapist;
  if (patch.reflection !== undefined) next.reflection = patch.reflection;
  if (patch.homework !== undefined) {
    next.homework = homeworkOf(patch.homework, session.homework, newId);
  }
  if (patch.discussedInsightIds !== undefined) {
    next.discussedInsightIds = discussedOf(
      doc,
      session.id,
      patch.discussedInsightIds,
      session.discussedInsightIds,
    );
  }
  return sameSession(next, session) ? null : next;
}

function sameSession(a: Readonly<Session>, b: Readonly<Session>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Session>;
  return [...keys].every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/**
 * Keeps each insight's `discussedInSessionId` true to the session's list: the ones it lists are
 * discussed in it, the ones it no longer lists are not discussed anywhere.
 */
export function markDiscussed(doc: JournalDocument, sessionId: string, ids: readonly string[]) {
  const listed = new Set(ids);
  for (const insight of doc.insights) {
    if (listed.has(insight.id)) insight.discussedInSessionId = sessionId;
    else if (insight.discussedInSessionId === sessionId) delete insight.discussedInSessionId;
  }
}

/** Removes the session; the insights discussed in it are no longer marked discussed. */
export function deleteSession(doc: JournalDocument, id: string): void {
  doc.sessions = doc.sessions.filter((session) => session.id !== id);
  markDiscussed(doc, id, []);
}
