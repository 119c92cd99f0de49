import type { WeekStart } from '../domain/settings';
import type { ReportRange, ReportSection } from '../domain/settings';
import { REPORT_SECTIONS } from '../domain/settings';
import { trendOf } from '../therapy/check-in-trends';
import { INSTRUMENTS } from '../therapy/instruments';
import { monthlyKindCounts } from '../therapy/insight-months';
import type { MonthCounts } from '../therapy/insight-months';
import { addMoney } from '../therapy/money-totals';
import { addMonths, localDayOf, monthOfDay, monthsFrom } from '../therapy/month-range';
import { PROGRESS_MONTHS_MAX } from '../therapy/therapy-contract';
import type {
  ReportGoal,
  ReportHomework,
  ReportInsights,
  ReportModel,
  ReportSessions,
  ReportSummary,
  ReportWin,
  ReportWins,
} from './report-types';
import type { PrintableEntry, PrintableInsight, PrintableJournal } from './share-rule';
import { inPeriod, isShared, shareCounts } from './share-rule';
import { weeklyMood } from './weekly-mood';

/*
 * A progress report from the journal as printouts may see it. Records count where the Progress
 * screen counts them (shared/therapy/progress.ts): entries and their insights on the entry's day,
 * sessions and check-ins on theirs, steps done and goals achieved on the local day they happened
 * (`dayOf`). Both ends of the period are included.
 */

export interface ReportOptions {
  /** Absent: from the first day anything counts ("all"). */
  from?: string;
  to: string;
  sections: readonly ReportSection[];
  /** The day the report is made, printed with it. */
  today: string;
  chosen?: ReportRange | 'custom';
  noSessionYet?: true;
  weekStart?: WeekStart;
}

/** Breakthroughs and small wins listed by their notes; past this, "and N more". */
export const WINS_SHOWN = 12;

/** A month axis longer than this is trimmed to the months that have insights. */
const MONTHS_ON_AXIS = 60;

type Day = (instant: string) => string;

/** "All": the first day anything in the journal counts, no later than `to`, at most 100 years back. */
function firstDay(journal: PrintableJournal, to: string, dayOf: Day): string {
  let first = to;
  const see = (day: string) => {
    if (day < first) first = day;
  };
  for (const entry of journal.entries) see(entry.date);
  for (const session of journal.sessions) see(session.date);
  for (const checkIn of journal.checkIns) see(checkIn.date);
  for (const goal of journal.goals) {
    for (const step of goal.steps) if (step.done && step.doneAt) see(dayOf(step.doneAt));
    if (goal.achievedAt) see(dayOf(goal.achievedAt));
  }
  const earliest = `${addMonths(monthOfDay(to), -(PROGRESS_MONTHS_MAX - 1))}-01`;
  return first < earliest ? earliest : first;
}

/** The period's months with insights, quiet months between them kept. */
function insightMonths(
  insights: readonly PrintableInsight[],
  from: string,
  to: string,
): MonthCounts[] {
  const counted = monthlyKindCounts(
    insights.map((insight) => ({ month: monthOfDay(insight.entryDate), kind: insight.kind })),
  );
  if (counted.length === 0) return [];
  let axis = monthsFrom(monthOfDay(from), monthOfDay(to));
  if (axis.length > MONTHS_ON_AXIS) axis = monthsFrom(counted[0]!.month, counted.at(-1)!.month);
  const byMonth = new Map(counted.map((m) => [m.month, m.counts]));
  return axis.map((month) => ({ month, counts: byMonth.get(month) ?? {} }));
}

function insightsSection(
  insights: readonly PrintableInsight[],
  from: string,
  to: string,
): ReportInsights {
  const byKind: ReportInsights['byKind'] = {};
  for (const { kind } of insights) byKind[kind] = (byKind[kind] ?? 0) + 1;
  return { months: insightMonths(insights, from, to), byKind, total: insights.length };
}

function winsSection(insights: readonly PrintableInsight[]): ReportWins {
  const wins = insights.filter((i) => i.kind === 'breakthrough' || i.kind === 'small-win');
  const shared = wins.filter(isShared);
  const shown = shared.slice(0, WINS_SHOWN).map((insight): ReportWin => {
    const win: ReportWin = {
      kind: insight.kind as ReportWin['kind'],
      date: insight.entryDate,
      entryTitle: insight.entryTitle,
      note: insight.note,
    };
    if (insight.level === 'full' && insight.quote !== undefined) win.quote = insight.quote;
    if (insight.arrival) win.arrival = insight.arrival;
    if (insight.tone) win.tone = insight.tone;
    return win;
  });
  return { shown, more: shared.length - shown.length, kept: wins.length - shared.length };
}

function goalsSection(
  journal: PrintableJournal,
  from: string,
  to: string,
  dayOf: Day,
): ReportGoal[] {
  const goals: ReportGoal[] = [];
  for (const goal of journal.goals) {
    if (dayOf(goal.createdAt) > to) continue;
    const achievedOn = goal.achievedAt ? dayOf(goal.achievedAt) : undefined;
    const stepsDone: ReportGoal['stepsDone'] = [];
    let stepsDoneBefore = 0;
    let stepsOpen = 0;
    for (const step of goal.steps) {
      // A step done after the period's end was still open at its end.
      const day = step.done && step.doneAt ? dayOf(step.doneAt) : undefined;
      if (!step.done || (day !== undefined && day > to)) stepsOpen++;
      else if (day === undefined || day < from) stepsDoneBefore++;
      else stepsDone.push({ text: step.text, day });
    }
    // A goal reached before the period began, with nothing done on it since, is not news.
    const finishedBefore =
      goal.status === 'achieved' && achievedOn !== undefined && achievedOn < from;
    if (finishedBefore && stepsDone.length === 0) continue;
    stepsDone.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    const out: ReportGoal = {
      title: goal.title,
      whatProgressLooksLike: goal.whatProgressLooksLike,
      status: goal.status,
      stepsDone,
      stepsDoneBefore,
      stepsOpen,
    };
    if (achievedOn !== undefined && inPeriod(achievedOn, { from, to })) out.achievedOn = achievedOn;
    goals.push(out);
  }
  return goals;
}

function sessionsAndHomework(sessions: PrintableJournal['sessions']): {
  sessions: ReportSessions;
  homework: ReportHomework;
} {
  const out: ReportSessions = { count: 0, minutes: 0, spent: {}, withoutCost: 0 };
  const homework: ReportHomework = { set: 0, done: 0, tried: 0, skipped: 0, open: 0 };
  for (const session of sessions) {
    out.count++;
    out.minutes += session.durationMinutes;
    if (session.cost) addMoney(out.spent, session.cost.currency, session.cost.minorUnits);
    else out.withoutCost++;
    for (const item of session.homework) {
      homework.set++;
      homework[item.status]++;
    }
  }
  return { sessions: out, homework };
}

/** The report for a period and the sections chosen; a section not chosen is absent. */
export function reportModel(
  journal: PrintableJournal,
  options: ReportOptions,
  dayOf: Day = localDayOf,
): ReportModel {
  const { to, today } = options;
  const from = options.from ?? firstDay(journal, to, dayOf);
  const period = { from, to };
  const chosen = new Set(options.sections);
  const sections = REPORT_SECTIONS.filter((section) => chosen.has(section));

  const entries: PrintableEntry[] = journal.entries.filter((e) => inPeriod(e.date, period));
  const insights = journal.insights.filter((i) => inPeriod(i.entryDate, period));
  const sessions = journal.sessions.filter((s) => inPeriod(s.date, period));
  const checkIns = journal.checkIns.filter((c) => inPeriod(c.date, period));
  const moods = entries.flatMap((e) =>
    e.mood === undefined ? [] : [{ date: e.date, mood: e.mood }],
  );

  const model: ReportModel = {
    period: { from, to, chosen: options.chosen ?? 'custom', madeOn: today },
    sections,
    shows: shareCounts(entries),
    privateInCharts: !journal.options.leavePrivateOutOfCharts,
  };
  if (options.noSessionYet) model.period.noSessionYet = true;
  const needs = (section: ReportSection) => chosen.has(section);
  const needsSessions = needs('summary') || needs('sessions') || needs('homework');
  const held = needsSessions ? sessionsAndHomework(sessions) : undefined;
  const goals = needs('summary') || needs('goals') ? goalsSection(journal, from, to, dayOf) : [];

  if (needs('summary')) {
    const summary: ReportSummary = {
      entries: entries.length,
      moodEntries: moods.length,
      insights: insights.length,
      breakthroughs: insights.filter((i) => i.kind === 'breakthrough').length,
      smallWins: insights.filter((i) => i.kind === 'small-win').length,
      sessions: held!.sessions.count,
      minutes: held!.sessions.minutes,
      stepsDone: goals.reduce((sum, goal) => sum + goal.stepsDone.length, 0),
      goalsAchieved: goals.filter((goal) => goal.achievedOn !== undefined).length,
      checkIns: checkIns.length,
    };
    if (moods.length > 0) summary.meanMood = moods.reduce((s, m) => s + m.mood, 0) / moods.length;
    model.summary = summary;
  }
  if (needs('mood')) {
    model.mood = {
      weeks: weeklyMood(moods, options.weekStart ?? 'monday', period),
      includesPrivate:
        model.privateInCharts && entries.some((e) => e.level === 'private' && e.mood !== undefined),
    };
  }
  if (needs('check-ins')) {
    model.checkIns = INSTRUMENTS.map((instrument) => {
      const trend = trendOf(checkIns, instrument);
      const last = trend.at(-1)?.sinceFirst;
      return {
        instrument,
        points: trend.map(({ checkIn }) => ({
          date: checkIn.date,
          score: checkIn.score,
          band: checkIn.band,
        })),
        ...(last ? { change: { points: last.points, meaningful: last.meaningful } } : {}),
      };
    });
  }
  if (needs('insights')) model.insights = insightsSection(insights, from, to);
  if (needs('wins')) model.wins = winsSection(insights);
  if (needs('goals')) model.goals = goals;
  if (needs('sessions')) model.sessions = held!.sessions;
  if (needs('homework')) model.homework = held!.homework;
  return model;
}
