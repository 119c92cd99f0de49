import type { CheckIn, Session } from '../domain/records';
import type { Settings } from '../domain/settings';
import { daysBetween } from './days';
import { CHECK_IN_INTERVAL_DAYS, INSTRUMENTS } from './instruments';
import type { TherapyGlance } from './therapy-contract';

/*
 * What the journal screen shows of therapy, from the stored records and today's local day.
 * Pure, so the wording and the day counts are tested on hand-picked days.
 */

/** Days from today to the next session: 0 today, 1 tomorrow; null when unset or already past. */
export function daysUntilNextSession(today: string, next: string | undefined): number | null {
  if (!next) return null;
  const days = daysBetween(today, next);
  return days < 0 ? null : days;
}

/** "Next session today", "… tomorrow" or "… in N days". */
export function nextSessionText(days: number): string {
  if (days === 0) return 'Next session today';
  if (days === 1) return 'Next session tomorrow';
  return `Next session in ${days} days`;
}

/**
 * The last session attended: the latest dated on or before today (a session logged ahead of time
 * has not happened yet). Of two on the same day, the one logged later.
 */
export function latestSession<S extends Pick<Session, 'date'>>(
  sessions: readonly S[],
  today: string,
): S | undefined {
  let latest: S | undefined;
  for (const session of sessions) {
    if (session.date > today) continue;
    if (!latest || session.date >= latest.date) latest = session;
  }
  return latest;
}

/**
 * Instruments the person has used whose latest check-in is CHECK_IN_INTERVAL_DAYS or more before
 * today, in the instruments' usual order. One never taken is never "due": the app does not push a
 * questionnaire nobody chose.
 */
export function dueCheckIns(
  checkIns: ReadonlyArray<Pick<CheckIn, 'instrument' | 'date'>>,
  today: string,
): TherapyGlance['checkInsDue'] {
  const last = new Map<string, string>();
  for (const { instrument, date } of checkIns) {
    const seen = last.get(instrument);
    if (!seen || date > seen) last.set(instrument, date);
  }
  const due: TherapyGlance['checkInsDue'] = [];
  for (const instrument of INSTRUMENTS) {
    const lastDate = last.get(instrument);
    if (lastDate && daysBetween(lastDate, today) >= CHECK_IN_INTERVAL_DAYS) {
      due.push({ instrument, lastDate });
    }
  }
  return due;
}

interface GlanceSource {
  settings: Pick<Settings, 'nextSessionDate'>;
  sessions: readonly Session[];
  checkIns: ReadonlyArray<Pick<CheckIn, 'instrument' | 'date'>>;
}

/** The glance for `today`: the next session as set, the last session's open homework, due checks. */
export function therapyGlance(doc: GlanceSource, today: string): TherapyGlance {
  const glance: TherapyGlance = { checkInsDue: dueCheckIns(doc.checkIns, today) };
  if (doc.settings.nextSessionDate) glance.nextSessionDate = doc.settings.nextSessionDate;
  const last = latestSession(doc.sessions, today);
  const open = last?.homework.filter((item) => item.status === 'open') ?? [];
  if (last && open.length > 0) {
    glance.openHomework = {
      sessionId: last.id,
      sessionDate: last.date,
      items: open.map((item) => ({ ...item })),
    };
  }
  return glance;
}
