import type { Entry, InsightKind, JournalDocument } from '../domain';
import { addMoney, plusMoney } from './money-totals';
import { addMonths, localDayOf, monthOfDay, monthsFrom } from './month-range';
import type { MoneyTotals, ProgressMonth, ProgressQuery, ProgressReport } from './therapy-contract';
import { PROGRESS_MONTHS_MAX } from './therapy-contract';
import { reratingDrops } from './thought-record';

/*
 * The Progress screen's figures: per month of a period and for the whole period.
 *
 * Where each record counts:
 * - sessions (their time, cost and homework) on the session's day; check-ins on their day;
 * - entries (mood, thought records) on the entry's day, and insights on their entry's day: the
 *   day the person wrote about it, not the moment they marked it. Entries in the trash, and the
 *   insights marked in them, count nowhere (they come back with their entry if it is restored);
 * - steps done and goals achieved are instants: they count on the local day they happened,
 *   given by `dayOf` (the process's time zone by default, which in main is the person's own).
 * A period's first and last days are both included.
 */

interface Mean {
  sum: number;
  count: number;
}

interface Tally {
  sessions: number;
  minutes: number;
  spent: MoneyTotals;
  insightsByKind: Partial<Record<InsightKind, number>>;
  breakthroughs: number;
  stepsDone: number;
  goalsAchieved: number;
  homeworkSet: number;
  homeworkAttempted: number;
  mood: Mean;
  phq9: Mean;
  gad7: Mean;
  drop: Mean;
  thoughtRecords: number;
}

const tally = (): Tally => ({
  sessions: 0,
  minutes: 0,
  spent: {},
  insightsByKind: {},
  breakthroughs: 0,
  stepsDone: 0,
  goalsAchieved: 0,
  homeworkSet: 0,
  homeworkAttempted: 0,
  mood: { sum: 0, count: 0 },
  phq9: { sum: 0, count: 0 },
  gad7: { sum: 0, count: 0 },
  drop: { sum: 0, count: 0 },
  thoughtRecords: 0,
});

const add = (mean: Mean, value: number) => {
  mean.sum += value;
  mean.count++;
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const meanOf = (mean: Mean): number | undefined =>
  mean.count === 0 ? undefined : mean.sum / mean.count;

/**
 * Every local day on which something this screen counts happened, one visit per record. An entry
 * counts for its mood, its thought record, or the insights marked in it, unless it is in the trash.
 */
function visitDays(
  doc: Readonly<JournalDocument>,
  dayOf: (instant: string) => string,
  visit: (day: string) => void,
): void {
  const marked = new Set(doc.insights.map((insight) => insight.entryId));
  for (const entry of doc.entries) {
    if (entry.deletedAt) continue;
    if (entry.mood !== undefined || entry.thoughtRecord || marked.has(entry.id)) visit(entry.date);
  }
  for (const session of doc.sessions) visit(session.date);
  for (const checkIn of doc.checkIns) visit(checkIn.date);
  for (const goal of doc.goals) {
    for (const step of goal.steps) if (step.done && step.doneAt) visit(dayOf(step.doneAt));
    if (goal.achievedAt) visit(dayOf(goal.achievedAt));
  }
}

/**
 * "All time": from the first day anything counts, up to `to`; a journal with nothing before `to`
 * gets the month of `to` alone. Never more than the longest period the screen covers.
 */
function firstDay(
  doc: Readonly<JournalDocument>,
  to: string,
  dayOf: (instant: string) => string,
): { from: string; any: boolean } {
  let first = to;
  let any = false;
  visitDays(doc, dayOf, (day) => {
    any = true;
    if (day < first) first = day;
  });
  const earliest = `${addMonths(monthOfDay(to), -(PROGRESS_MONTHS_MAX - 1))}-01`;
  return { from: first < earliest ? earliest : first, any };
}

function hasAnything(doc: Readonly<JournalDocument>, dayOf: (instant: string) => string): boolean {
  if (doc.sessions.length > 0 || doc.checkIns.length > 0) return true;
  let any = false;
  visitDays(doc, dayOf, () => (any = true));
  return any;
}

function monthOf(month: string, t: Tally): ProgressMonth {
  const out: ProgressMonth = {
    month,
    sessions: t.sessions,
    minutes: t.minutes,
    spent: t.spent,
    insightsByKind: t.insightsByKind,
    breakthroughs: t.breakthroughs,
    stepsDone: t.stepsDone,
    goalsAchieved: t.goalsAchieved,
    homeworkSet: t.homeworkSet,
    homeworkAttempted: t.homeworkAttempted,
    thoughtRecords: t.thoughtRecords,
  };
  const meanMood = meanOf(t.mood);
  if (meanMood !== undefined) out.meanMood = meanMood;
  const phq9 = meanOf(t.phq9);
  if (phq9 !== undefined) out.phq9 = phq9;
  const gad7 = meanOf(t.gad7);
  if (gad7 !== undefined) out.gad7 = gad7;
  const drop = meanOf(t.drop);
  if (drop !== undefined) out.reratingDrop = drop;
  return out;
}

/** The Progress screen's figures for a period (`from` absent: all time). */
export function progressReport(
  doc: Readonly<JournalDocument>,
  query: ProgressQuery,
  dayOf: (instant: string) => string = localDayOf,
): ProgressReport {
  const { to } = query;
  const start = query.from === undefined ? firstDay(doc, to, dayOf) : undefined;
  const from = query.from ?? start!.from;
  const months = monthsFrom(monthOfDay(from), monthOfDay(to));
  const byMonth = new Map(months.map((month) => [month, tally()]));
  const total = tally();
  // Each record is counted in its month and in the period's total, or, outside it, nowhere.
  const count = (day: string, apply: (t: Tally) => void) => {
    if (day < from || day > to) return;
    apply(byMonth.get(monthOfDay(day))!);
    apply(total);
  };

  for (const session of doc.sessions) {
    count(session.date, (t) => {
      t.sessions++;
      t.minutes += session.durationMinutes;
      if (session.cost) addMoney(t.spent, session.cost.currency, session.cost.minorUnits);
      t.homeworkSet += session.homework.length;
      for (const item of session.homework) {
        if (item.status === 'tried' || item.status === 'done') t.homeworkAttempted++;
      }
    });
  }
  // Only the period's entries are looked up by id: a year is a fraction of a journal's entries.
  const inPeriod = new Map<string, Entry>();
  for (const entry of doc.entries) {
    if (entry.deletedAt || entry.date < from || entry.date > to) continue;
    inPeriod.set(entry.id, entry);
    if (entry.mood === undefined && !entry.thoughtRecord) continue;
    const drops = entry.thoughtRecord ? reratingDrops(entry.thoughtRecord) : [];
    count(entry.date, (t) => {
      if (entry.mood !== undefined) add(t.mood, entry.mood);
      if (entry.thoughtRecord) t.thoughtRecords++;
      for (const drop of drops) add(t.drop, drop);
    });
  }
  for (const insight of doc.insights) {
    const entry = inPeriod.get(insight.entryId);
    if (!entry) continue;
    count(entry.date, (t) => {
      t.insightsByKind[insight.kind] = (t.insightsByKind[insight.kind] ?? 0) + 1;
      if (insight.kind === 'breakthrough') t.breakthroughs++;
    });
  }
  for (const goal of doc.goals) {
    for (const step of goal.steps) {
      if (step.done && step.doneAt) count(dayOf(step.doneAt), (t) => t.stepsDone++);
    }
    if (goal.achievedAt) count(dayOf(goal.achievedAt), (t) => t.goalsAchieved++);
  }
  for (const checkIn of doc.checkIns) {
    count(checkIn.date, (t) =>
      add(checkIn.instrument === 'PHQ-9' ? t.phq9 : t.gad7, checkIn.score),
    );
  }

  const checkIns = doc.checkIns
    .filter((c) => c.date >= from && c.date <= to)
    .sort((a, b) => compare(a.date, b.date) || compare(a.createdAt ?? '', b.createdAt ?? ''))
    .map(({ date, instrument, score, band }) => ({ date, instrument, score, band }));

  let minutes = 0;
  let spent: MoneyTotals = {};
  const cumulative = months.map((month) => {
    const t = byMonth.get(month)!;
    minutes += t.minutes;
    spent = plusMoney(spent, t.spent);
    return { month, minutes, spent };
  });

  const totals: ProgressReport['totals'] = {
    sessions: total.sessions,
    minutes: total.minutes,
    spent: total.spent,
    cumulative,
    insightsByKind: total.insightsByKind,
    breakthroughs: total.breakthroughs,
    stepsDone: total.stepsDone,
    goalsAchieved: total.goalsAchieved,
    homeworkSet: total.homeworkSet,
    homeworkAttempted: total.homeworkAttempted,
    thoughtRecords: total.thoughtRecords,
  };
  const meanMood = meanOf(total.mood);
  if (meanMood !== undefined) totals.meanMood = meanMood;
  const drop = meanOf(total.drop);
  if (drop !== undefined) totals.reratingDrop = drop;

  return {
    from,
    to,
    journalHasData: start ? start.any : hasAnything(doc, dayOf),
    months: months.map((month) => monthOf(month, byMonth.get(month)!)),
    totals,
    checkIns,
  };
}
