import type {
  CheckIn,
  Entry,
  Goal,
  Insight,
  InsightKind,
  JournalDocument,
  Session,
  ShareLevel,
} from '../domain';
import { withoutMarks } from '../insight-marks';

/*
 * What any printout may show of the journal (DESIGN.md §1), decided here and nowhere else. Prep
 * notes, reports and their previews are assembled from a PrintableJournal only, never from the
 * document: a private entry reaches them as figures, without a single field that holds its words.
 *
 * - private: its mood (for the mood chart) and its insights' kinds (for counts by kind), and with
 *   "leave private entries out of charts too" not even those;
 * - summary: date, title, mood and tags, and its insights with their notes, never the body or a
 *   quote;
 * - full: everything, the body included (without the insight marks' tags).
 * Entries in the trash are in no printout, and neither are the insights marked in them.
 */

export interface ShareOptions {
  /** The person's setting "Leave private entries out of charts too". */
  leavePrivateOutOfCharts: boolean;
}

/** A private entry, as figures. */
export interface PrivateEntryFigures {
  level: 'private';
  id: string;
  date: string;
  /** Absent when it has none, and always when private entries stay out of charts. */
  mood?: number;
}

export interface SummaryEntryView {
  level: 'summary';
  id: string;
  date: string;
  title: string;
  mood?: number;
  tags: string[];
  /** Emotions rated before and after a thought record: the person's words, shown from summary on. */
  thoughtRecord?: Entry['thoughtRecord'];
}

export interface FullEntryView extends Omit<SummaryEntryView, 'level'> {
  level: 'full';
  /** Markdown, its insight marks taken out (their words stay). */
  body: string;
}

export type PrintableEntry = PrivateEntryFigures | SummaryEntryView | FullEntryView;
/** An entry whose words may be shown. */
export type SharedEntry = SummaryEntryView | FullEntryView;

/** An insight in a private entry, as its kind on its entry's day: a count, nothing more. */
export interface PrivateInsightFigures {
  level: 'private';
  id: string;
  entryId: string;
  /** Its entry's local day: insights count on the day the person wrote about them. */
  entryDate: string;
  kind: InsightKind;
}

type InsightDetails = Pick<
  Insight,
  | 'id'
  | 'entryId'
  | 'kind'
  | 'note'
  | 'arrival'
  | 'tone'
  | 'defence'
  | 'intensity'
  | 'goalIds'
  | 'bringToSession'
  | 'discussedInSessionId'
  | 'createdAt'
>;

export interface SummaryInsightView extends InsightDetails {
  level: 'summary';
  entryDate: string;
  /** Its entry's title, for "from …" lines. */
  entryTitle: string;
}

export interface FullInsightView extends Omit<SummaryInsightView, 'level'> {
  level: 'full';
  /** The marked passage, when there is one. */
  quote?: string;
}

export type PrintableInsight = PrivateInsightFigures | SummaryInsightView | FullInsightView;
export type SharedInsight = SummaryInsightView | FullInsightView;

/**
 * The journal as printouts may see it: entries and insights through the share rule; goals,
 * sessions and check-ins as they are (the person's own therapy records, which have no share level
 * and hold no entry's words).
 */
export interface PrintableJournal {
  /** Not in the trash, oldest day first (ties in the order written). */
  entries: PrintableEntry[];
  /** Of those entries, oldest entry day first. */
  insights: PrintableInsight[];
  /** The document's own records, not copies: read them, never change them. */
  goals: readonly Goal[];
  sessions: readonly Session[];
  checkIns: readonly CheckIn[];
  options: ShareOptions;
}

/** The one place an entry's share level is turned into what may be shown. */
export function printableEntry(entry: Entry, options: ShareOptions): PrintableEntry {
  const level: ShareLevel = entry.shareLevel;
  if (level === 'private') {
    const figures: PrivateEntryFigures = { level, id: entry.id, date: entry.date };
    if (entry.mood !== undefined && !options.leavePrivateOutOfCharts) figures.mood = entry.mood;
    return figures;
  }
  const summary: SummaryEntryView = {
    level: 'summary',
    id: entry.id,
    date: entry.date,
    title: entry.title,
    tags: [...entry.tags],
  };
  if (entry.mood !== undefined) summary.mood = entry.mood;
  if (entry.thoughtRecord) {
    summary.thoughtRecord = { emotions: entry.thoughtRecord.emotions.map((e) => ({ ...e })) };
  }
  if (level === 'summary') return summary;
  return { ...summary, level: 'full', body: withoutMarks(entry.body) };
}

/** An insight under its entry's level; null when it may not even be counted. */
export function printableInsight(
  insight: Insight,
  entry: PrintableEntry,
  options: ShareOptions,
): PrintableInsight | null {
  if (entry.level === 'private') {
    if (options.leavePrivateOutOfCharts) return null;
    return {
      level: 'private',
      id: insight.id,
      entryId: insight.entryId,
      entryDate: entry.date,
      kind: insight.kind,
    };
  }
  const details: SummaryInsightView = {
    level: 'summary',
    id: insight.id,
    entryId: insight.entryId,
    entryDate: entry.date,
    entryTitle: entry.title,
    kind: insight.kind,
    note: insight.note,
    intensity: insight.intensity,
    goalIds: [...insight.goalIds],
    bringToSession: insight.bringToSession,
    createdAt: insight.createdAt,
  };
  if (insight.arrival) details.arrival = insight.arrival;
  if (insight.tone) details.tone = insight.tone;
  if (insight.defence) details.defence = insight.defence;
  if (insight.discussedInSessionId) details.discussedInSessionId = insight.discussedInSessionId;
  if (entry.level === 'summary') return details;
  const full: FullInsightView = { ...details, level: 'full' };
  if (insight.quote !== undefined) full.quote = withoutMarks(insight.quote);
  return full;
}

const byDay =
  <T>(dayOf: (item: T) => string) =>
  (a: T, b: T) => {
    const x = dayOf(a);
    const y = dayOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

/** The journal through the share rule. Options default to the person's own setting. */
export function printableJournal(
  doc: Readonly<JournalDocument>,
  options: ShareOptions = {
    leavePrivateOutOfCharts: doc.settings.reportDefaults.leavePrivateOutOfCharts,
  },
): PrintableJournal {
  const entries = doc.entries
    .filter((entry) => entry.deletedAt === undefined)
    .map((entry) => printableEntry(entry, options))
    .sort(byDay((entry) => entry.date));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const insights: PrintableInsight[] = [];
  for (const insight of doc.insights) {
    const entry = byId.get(insight.entryId);
    if (!entry) continue;
    const shown = printableInsight(insight, entry, options);
    if (shown) insights.push(shown);
  }
  insights.sort(byDay((insight) => insight.entryDate));
  return {
    entries,
    insights,
    goals: doc.goals,
    sessions: doc.sessions,
    checkIns: doc.checkIns,
    options: { ...options },
  };
}

export const isShared = <T extends PrintableEntry | PrintableInsight>(
  item: T,
): item is Exclude<T, { level: 'private' }> => item.level !== 'private';

/** "What this shows": how the entries of a printout's period are shown. */
export interface ShareCounts {
  full: number;
  summary: number;
  /** Private entries: their words are left out (their figures only count in charts, if at all). */
  privateLeftOut: number;
}

export function shareCounts(entries: readonly PrintableEntry[]): ShareCounts {
  const counts: ShareCounts = { full: 0, summary: 0, privateLeftOut: 0 };
  for (const entry of entries) {
    if (entry.level === 'private') counts.privateLeftOut++;
    else counts[entry.level]++;
  }
  return counts;
}

/** Whether a local day lies in a period; both ends are included, an absent one is open. */
export const inPeriod = (day: string, period: { from?: string; to?: string }): boolean =>
  (period.from === undefined || day >= period.from) &&
  (period.to === undefined || day <= period.to);
