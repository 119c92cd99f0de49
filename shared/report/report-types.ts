import type { Band } from '../therapy/instruments';
import type { Instrument } from '../therapy/instruments';
import type { GoalStatus, InsightKind } from '../domain';
import type { ReportRange, ReportSection } from '../domain/settings';
import type { MonthCounts } from '../therapy/insight-months';
import type { MoneyTotals } from '../therapy/therapy-contract';
import type { ShareCounts } from './share-rule';
import type { MoodWeek } from './weekly-mood';

/*
 * A progress report as data: what the preview draws and the PDF prints, nothing more. Built only
 * from a PrintableJournal (share-rule.ts), so it holds no word the person kept private. Plain JSON:
 * it crosses IPC as it is.
 */

export interface ReportPeriodLabel {
  /** The first day the report covers: for "all", the first day anything counts. */
  from: string;
  to: string;
  chosen: ReportRange | 'custom';
  /** "Since last session" had no session to start from: the last 30 days instead. */
  noSessionYet?: true;
  /** The local day the report was made. */
  madeOn: string;
}

export interface ReportSummary {
  /** Entries written in the period, at any share level. */
  entries: number;
  /** Of the figures the charts may use: entries with a mood, and their mean (1–10). */
  moodEntries: number;
  meanMood?: number;
  insights: number;
  breakthroughs: number;
  smallWins: number;
  sessions: number;
  minutes: number;
  stepsDone: number;
  goalsAchieved: number;
  checkIns: number;
}

export interface ReportMood {
  weeks: MoodWeek[];
  /** Whether private entries' moods are in the figures (unless the person left them out). */
  includesPrivate: boolean;
}

export interface ReportCheckInPoint {
  date: string;
  score: number;
  band: Band;
}

export interface ReportInstrumentTrend {
  instrument: Instrument;
  points: ReportCheckInPoint[];
  /** From the period's first check-in to its last, when there are two or more. */
  change?: { points: number; meaningful: boolean };
}

export interface ReportInsights {
  /** Every month of the period that has insights, and the quiet months between them. */
  months: MonthCounts[];
  byKind: Partial<Record<InsightKind, number>>;
  total: number;
}

export interface ReportWin {
  kind: 'breakthrough' | 'small-win';
  /** Its entry's day. */
  date: string;
  entryTitle: string;
  note: string;
  /** Only where the entry is shared in full. */
  quote?: string;
  arrival?: 'cognitive' | 'visceral';
  tone?: 'hopeful' | 'uncomfortable';
}

export interface ReportWins {
  /** Oldest first, at most WINS_SHOWN. */
  shown: ReportWin[];
  /** Shared ones past the cap: "and N more". */
  more: number;
  /** Breakthroughs and small wins in private entries: counted, never described. */
  kept: number;
}

export interface ReportGoal {
  title: string;
  whatProgressLooksLike: string;
  status: GoalStatus;
  /** Steps done in the period, with the local day each was done, oldest first. */
  stepsDone: Array<{ text: string; day: string }>;
  /** Steps done before the period, and steps not done yet. */
  stepsDoneBefore: number;
  stepsOpen: number;
  /** The local day it was achieved, when that fell in the period. */
  achievedOn?: string;
}

export interface ReportSessions {
  count: number;
  minutes: number;
  /** Per currency, in minor units: never added across currencies. */
  spent: MoneyTotals;
  /** Sessions logged without a cost. */
  withoutCost: number;
}

export interface ReportHomework {
  set: number;
  done: number;
  tried: number;
  skipped: number;
  open: number;
}

export interface ReportModel {
  period: ReportPeriodLabel;
  /** The sections chosen, in the order they print. */
  sections: ReportSection[];
  /** "What this shows": the period's entries by how they are shown. */
  shows: ShareCounts;
  /** False when the person left private entries out of the charts too. */
  privateInCharts: boolean;
  summary?: ReportSummary;
  mood?: ReportMood;
  checkIns?: ReportInstrumentTrend[];
  insights?: ReportInsights;
  wins?: ReportWins;
  goals?: ReportGoal[];
  sessions?: ReportSessions;
  homework?: ReportHomework;
}
