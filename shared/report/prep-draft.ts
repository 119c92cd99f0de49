import type { HomeworkStatus, InsightKind, Session } from '../domain';
import { addDays, daysBetween, localDayOf } from '../therapy/days';
import { trendOf } from '../therapy/check-in-trends';
import { INSTRUMENTS, bandOf } from '../therapy/instruments';
import type { Band, Instrument } from '../therapy/instruments';
import { inPeriod, isShared, shareCounts } from './share-rule';
import type { PrintableJournal, ShareCounts, SharedInsight } from './share-rule';
import { moodComparison } from './prep-mood';
import type { MoodComparison } from './prep-mood';

/*
 * The draft of a session-prep note: what the journal holds since the last logged session, read
 * from a PrintableJournal only (the share rule has already taken out every private word).
 * Short by design: each list keeps a few items and folds the rest into "and N more", so a
 * typical fortnight (about 10 entries, 5 insights) fits one printed page.
 */

/** How many of each list the draft keeps; the rest are counted in `more`. */
export const PREP_LIMITS = {
  entries: 8,
  bring: 6,
  blockers: 3,
  questions: 4,
  goals: 4,
  stepsPerGoal: 3,
  homework: 8,
} as const;

/** Longest note or quote kept, in characters; longer ones end in "…". */
export const NOTE_MAX = 280;
export const QUOTE_MAX = 200;

/** Without a logged session the draft covers the last fortnight, today included. */
export const FALLBACK_DAYS = 14;

/** A list cut to its first items, with how many were left out. */
export interface Folded<T> {
  items: T[];
  more: number;
}

export interface PrepPeriod {
  /** Both ends included. */
  from: string;
  to: string;
  /** The logged session the period starts with; absent when there is none (the fortnight). */
  lastSession?: { id: string; date: string };
}

export interface PrepEntry {
  id: string;
  date: string;
  title: string;
  level: 'summary' | 'full';
}

export interface PrepInsight {
  id: string;
  entryId: string;
  entryDate: string;
  entryTitle: string;
  kind: InsightKind;
  note: string;
  /** Only when its entry is shared in full. */
  quote?: string;
  defence?: NonNullable<SharedInsight['defence']>;
  arrival?: NonNullable<SharedInsight['arrival']>;
  tone?: NonNullable<SharedInsight['tone']>;
}

export interface PrepKindGroup extends Folded<PrepInsight> {
  kind: InsightKind;
}

export interface PrepHomework {
  sessionId: string;
  sessionDate: string;
  items: Folded<{ text: string; status: HomeworkStatus; note?: string }>;
}

export interface PrepCheckIn {
  instrument: Instrument;
  date: string;
  score: number;
  band: Band;
  /** Against the check-in of the same instrument before it, when there is one. */
  change?: { fromDate: string; fromScore: number; points: number; meaningful: boolean };
}

export interface PrepGoal {
  id: string;
  title: string;
  /** Steps done in the period, first done first. */
  stepsDone: Folded<string>;
  /** Shared insights of the period linked to it. */
  insights: number;
}

export interface PrepDraft {
  today: string;
  nextSessionDate?: string;
  period: PrepPeriod;
  /** "What this shows": the period's entries by share level. */
  shows: ShareCounts;
  happened: Folded<PrepEntry>;
  /** Marked "bring to session", not yet discussed, breakthroughs first (blockers and questions have their own lists). */
  bring: PrepKindGroup[];
  blockers: Folded<PrepInsight>;
  homework?: PrepHomework;
  mood: MoodComparison;
  checkIns: PrepCheckIn[];
  goalsTouched: Folded<PrepGoal>;
  questions: Folded<PrepInsight>;
}

export interface PrepDraftOptions {
  /** The person's local day. */
  today: string;
  nextSessionDate?: string;
  /** The local day of an instant (a step's `doneAt`); the system's time zone by default. */
  dayOf?: (instant: string) => string;
}

/**
 * A session is logged once its day has passed or its reflection is written: from then on it is
 * history, its prep note is kept as it was, and a new prep period starts with it.
 */
export const isLogged = (session: Pick<Session, 'date' | 'reflection'>, today: string): boolean =>
  session.date < today || (session.date === today && session.reflection.trim() !== '');

/** The latest logged session (of two on one day, the one logged later). */
export function lastLoggedSession<S extends Pick<Session, 'date' | 'reflection'>>(
  sessions: readonly S[],
  today: string,
): S | undefined {
  let latest: S | undefined;
  for (const session of sessions) {
    if (!isLogged(session, today)) continue;
    if (!latest || session.date >= latest.date) latest = session;
  }
  return latest;
}

/**
 * From the last logged session's day (what was written that evening belongs to the new period)
 * to today; the last FALLBACK_DAYS days when no session is logged.
 */
export function prepPeriod(sessions: readonly Session[], today: string): PrepPeriod {
  const last = lastLoggedSession(sessions, today);
  if (!last) return { from: addDays(today, 1 - FALLBACK_DAYS), to: today };
  return { from: last.date, to: today, lastSession: { id: last.id, date: last.date } };
}

/** Cuts a text at a word boundary to at most `max` characters, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function fold<T>(items: readonly T[], limit: number): Folded<T> {
  return { items: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

function prepInsight(insight: SharedInsight): PrepInsight {
  const shown: PrepInsight = {
    id: insight.id,
    entryId: insight.entryId,
    entryDate: insight.entryDate,
    entryTitle: insight.entryTitle,
    kind: insight.kind,
    note: shorten(insight.note, NOTE_MAX),
  };
  if (insight.level === 'full' && insight.quote?.trim()) {
    shown.quote = shorten(insight.quote, QUOTE_MAX);
  }
  if (insight.defence) shown.defence = insight.defence;
  if (insight.arrival) shown.arrival = insight.arrival;
  if (insight.tone) shown.tone = insight.tone;
  return shown;
}

/** Breakthroughs first, then the rest in the schema's order; blockers and questions stand apart. */
const BRING_ORDER: readonly InsightKind[] = [
  'breakthrough',
  'pattern',
  'small-win',
  'coping-skill',
  'setback',
];

/** The kinds in `bring`, each cut so that all groups together keep at most PREP_LIMITS.bring. */
function bringGroups(pending: readonly SharedInsight[]): PrepKindGroup[] {
  let room: number = PREP_LIMITS.bring;
  const groups: PrepKindGroup[] = [];
  for (const kind of BRING_ORDER) {
    const ofKind = pending.filter((insight) => insight.kind === kind);
    if (ofKind.length === 0) continue;
    const group = fold(ofKind.map(prepInsight), room);
    room -= group.items.length;
    groups.push({ kind, ...group });
  }
  return groups;
}

function checkInsOf(journal: PrintableJournal, period: PrepPeriod): PrepCheckIn[] {
  const shown: PrepCheckIn[] = [];
  for (const instrument of INSTRUMENTS) {
    const trend = trendOf(journal.checkIns, instrument);
    const latest = trend.filter((point) => inPeriod(point.checkIn.date, period)).at(-1);
    if (!latest) continue;
    const { checkIn, sincePrevious } = latest;
    const item: PrepCheckIn = {
      instrument,
      date: checkIn.date,
      score: checkIn.score,
      band: bandOf(instrument, checkIn.score),
    };
    if (sincePrevious) item.change = { ...sincePrevious };
    shown.push(item);
  }
  return shown;
}

function goalsTouched(
  journal: PrintableJournal,
  insights: readonly SharedInsight[],
  period: PrepPeriod,
  dayOf: (instant: string) => string,
): PrepGoal[] {
  const touched: PrepGoal[] = [];
  for (const goal of journal.goals) {
    const linked = insights.filter((insight) => insight.goalIds.includes(goal.id)).length;
    const steps = goal.steps
      .filter((step) => step.done && step.doneAt && inPeriod(dayOf(step.doneAt), period))
      .sort((a, b) => (a.doneAt! < b.doneAt! ? -1 : a.doneAt! > b.doneAt! ? 1 : 0))
      .map((step) => step.text);
    if (linked === 0 && steps.length === 0) continue;
    touched.push({
      id: goal.id,
      title: goal.title,
      stepsDone: fold(steps, PREP_LIMITS.stepsPerGoal),
      insights: linked,
    });
  }
  return touched;
}

const newestFirst = (a: SharedInsight, b: SharedInsight) =>
  a.entryDate !== b.entryDate
    ? a.entryDate < b.entryDate
      ? 1
      : -1
    : a.createdAt < b.createdAt
      ? 1
      : a.createdAt > b.createdAt
        ? -1
        : 0;

/** The draft for `today`: serialisable, and holding nothing the share rule left out. */
export function prepDraft(journal: PrintableJournal, options: PrepDraftOptions): PrepDraft {
  const { today } = options;
  const dayOf = options.dayOf ?? ((instant: string) => localDayOf(new Date(instant)));
  const period = prepPeriod(journal.sessions as Session[], today);
  const entries = journal.entries.filter((entry) => inPeriod(entry.date, period));
  const shared = entries.filter(isShared);
  const kept = shared.slice(-PREP_LIMITS.entries);
  const insights = journal.insights.filter(isShared);
  const inThePeriod = insights.filter((insight) => inPeriod(insight.entryDate, period));
  const pending = insights.filter(
    (insight) => insight.bringToSession && insight.discussedInSessionId === undefined,
  );
  const ownList = (kind: InsightKind) =>
    insights
      .filter(
        (insight) =>
          insight.kind === kind &&
          insight.discussedInSessionId === undefined &&
          (inPeriod(insight.entryDate, period) || insight.bringToSession),
      )
      .sort(newestFirst)
      .map(prepInsight);

  const draft: PrepDraft = {
    today,
    period,
    shows: shareCounts(entries),
    happened: {
      items: kept.map(({ id, date, title, level }) => ({ id, date, title, level })),
      more: shared.length - kept.length,
    },
    bring: bringGroups([...pending].sort(newestFirst)),
    blockers: fold(ownList('blocker'), PREP_LIMITS.blockers),
    mood: moodComparison(journal.entries, period),
    checkIns: checkInsOf(journal, period),
    goalsTouched: fold(goalsTouched(journal, inThePeriod, period, dayOf), PREP_LIMITS.goals),
    questions: fold(ownList('question'), PREP_LIMITS.questions),
  };
  if (options.nextSessionDate) draft.nextSessionDate = options.nextSessionDate;
  const last = period.lastSession && journal.sessions.find((s) => s.id === period.lastSession!.id);
  if (last && last.homework.length > 0) {
    draft.homework = {
      sessionId: last.id,
      sessionDate: last.date,
      items: fold(
        last.homework.map(({ text, status, note }) =>
          note ? { text, status, note } : { text, status },
        ),
        PREP_LIMITS.homework,
      ),
    };
  }
  return draft;
}

/** Days the period spans, both ends included. */
export const periodDays = (period: Pick<PrepPeriod, 'from' | 'to'>): number =>
  daysBetween(period.from, period.to) + 1;
