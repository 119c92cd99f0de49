import type { Entry, Insight, JournalDocument, Session } from '../../../shared/domain';
import { detailApplies, insightDetails } from '../../../shared/therapy/insight-details';
import type { InsightDetail } from '../../../shared/therapy/insight-details';
import { insightDetailProblem } from '../../../shared/therapy/therapy-contract';
import type {
  CreateInsight,
  InsightPatch,
  InsightView,
} from '../../../shared/therapy/therapy-contract';
import { ServiceError } from '../../errors';
import { markIdsIn } from '../../../shared/insight-marks';

/**
 * An insight lives and is seen with its entry: while the entry is in the trash its insights are
 * hidden with it (nothing is copied or flagged, so a restore brings them back as they were).
 */
export function visibleInsight(
  doc: Readonly<JournalDocument>,
  id: string,
): { insight: Insight; entry: Entry } {
  const insight = doc.insights.find((i) => i.id === id);
  const entry = insight && doc.entries.find((e) => e.id === insight.entryId);
  if (!insight || !entry) throw new ServiceError('NOT_FOUND', 'That insight no longer exists.');
  if (entry.deletedAt) {
    throw new ServiceError(
      'NOT_FOUND',
      'That insight’s entry is in the trash. Restore the entry to see its insights again.',
    );
  }
  return { insight, entry };
}

/** The entry an insight is being marked in: it must exist and be outside the trash. */
export function liveEntry(doc: Readonly<JournalDocument>, id: string): Entry {
  const entry = doc.entries.find((e) => e.id === id);
  if (!entry) throw new ServiceError('NOT_FOUND', 'That entry no longer exists.');
  if (entry.deletedAt) {
    throw new ServiceError(
      'NOT_FOUND',
      'That entry is in the trash. Restore it to mark insights in it.',
    );
  }
  return entry;
}

/** The goals, each once, in the order given; refused when one of them no longer exists. */
export function existingGoals(doc: Readonly<JournalDocument>, ids: readonly string[]): string[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const known = new Set(doc.goals.map((goal) => goal.id));
  if (unique.some((id) => !known.has(id))) {
    throw new ServiceError(
      'NOT_FOUND',
      'A goal you picked no longer exists. Pick the goals again.',
    );
  }
  return unique;
}

function refuseMisfit(details: Parameters<typeof insightDetailProblem>[0]): void {
  const problem = insightDetailProblem(details);
  if (problem) throw new ServiceError('BAD_INPUT', problem);
}

/** A new insight from the page's input; details that do not fit the kind are refused. */
export function newInsight(
  input: CreateInsight,
  goalIds: string[],
  id: string,
  createdAt: string,
): Insight {
  refuseMisfit(input);
  const insight: Insight = {
    id,
    entryId: input.entryId,
    note: input.note,
    kind: input.kind,
    intensity: input.intensity,
    goalIds,
    bringToSession: input.bringToSession,
    createdAt,
  };
  if (input.quote !== undefined) insight.quote = input.quote;
  if (input.arrival != null) insight.arrival = input.arrival;
  if (input.tone != null) insight.tone = input.tone;
  if (input.defence != null) insight.defence = input.defence;
  return insight;
}

/**
 * The insight under `patch`. A detail set in the patch must fit the (new) kind, or the patch is
 * refused; a stored detail the new kind leaves without meaning is removed and named in `cleared`
 * (one the patch itself clears with null is not: the page asked for that).
 */
export function patchedInsight(
  insight: Readonly<Insight>,
  patch: InsightPatch,
  goalIds: string[] | undefined,
): { next: Insight; cleared: InsightDetail[] } {
  const kind = patch.kind ?? insight.kind;
  refuseMisfit({
    kind,
    arrival: patch.arrival,
    tone: patch.tone,
    defence: patch.defence,
  });
  const next: Insight = { ...insight, kind, goalIds: goalIds ?? [...insight.goalIds] };
  const cleared: InsightDetail[] = [];
  const details: Record<InsightDetail, unknown> = {
    arrival: patch.arrival === undefined ? insight.arrival : patch.arrival,
    tone: patch.tone === undefined ? insight.tone : patch.tone,
    defence: patch.defence === undefined ? insight.defence : patch.defence,
  };
  for (const detail of insightDetails) {
    if (details[detail] != null && !detailApplies(kind, detail)) {
      cleared.push(detail);
      details[detail] = undefined;
    }
  }
  delete next.arrival;
  delete next.tone;
  delete next.defence;
  if (details.arrival != null) next.arrival = details.arrival as Insight['arrival'];
  if (details.tone != null) next.tone = details.tone as Insight['tone'];
  if (details.defence != null) next.defence = details.defence as Insight['defence'];
  if (patch.intensity !== undefined) next.intensity = patch.intensity;
  if (patch.note !== undefined) next.note = patch.note;
  if (patch.bringToSession !== undefined) next.bringToSession = patch.bringToSession;
  if (patch.quote !== undefined) next.quote = patch.quote;
  return { next, cleared };
}

/** True when nothing a person could see differs: such an update costs no write. */
export function sameInsight(a: Readonly<Insight>, b: Readonly<Insight>): boolean {
  return (
    a.kind === b.kind &&
    a.arrival === b.arrival &&
    a.tone === b.tone &&
    a.defence === b.defence &&
    a.intensity === b.intensity &&
    a.note === b.note &&
    a.bringToSession === b.bringToSession &&
    a.quote === b.quote &&
    a.goalIds.length === b.goalIds.length &&
    a.goalIds.every((id, i) => id === b.goalIds[i])
  );
}

/**
 * The session each insight was discussed in: the one its `discussedInSessionId` names, else one
 * that lists it among its discussed insights.
 */
export function discussionsOf(
  doc: Readonly<JournalDocument>,
): (insight: Insight) => Session | undefined {
  const byId = new Map<string, Session>();
  const byInsight = new Map<string, Session>();
  for (const session of doc.sessions) {
    byId.set(session.id, session);
    for (const id of session.discussedInsightIds) byInsight.set(id, session);
  }
  return (insight) =>
    (insight.discussedInSessionId !== undefined
      ? byId.get(insight.discussedInSessionId)
      : undefined) ?? byInsight.get(insight.id);
}

/** Where an insight's passage stands, given the ids marked in its entry's body. */
export function passageOf(insight: Insight, marked: ReadonlySet<string>): InsightView['passage'] {
  if (insight.quote === undefined) return 'whole-entry';
  return marked.has(insight.id) ? 'marked' : 'removed';
}

/** The insight as screens show it: a copy, with its entry's day and title and its passage. */
export function viewOf(
  insight: Insight,
  entry: Entry,
  marked: ReadonlySet<string>,
  discussedIn: Session | undefined,
): InsightView {
  const view: InsightView = {
    ...insight,
    goalIds: [...insight.goalIds],
    entryDate: entry.date,
    entryTitle: entry.title,
    entryShareLevel: entry.shareLevel,
    passage: passageOf(insight, marked),
  };
  if (discussedIn) view.discussedOn = discussedIn.date;
  return view;
}

/**
 * Views of insights of one document, each entry's body read for marks once however many of its
 * insights are shown.
 */
export function viewer(
  doc: Readonly<JournalDocument>,
  discussedIn: (insight: Insight) => Session | undefined = discussionsOf(doc),
): (insight: Insight, entry: Entry) => InsightView {
  const marks = new Map<string, Set<string>>();
  return (insight, entry) => {
    let marked = marks.get(entry.id);
    if (!marked) marks.set(entry.id, (marked = new Set(markIdsIn(entry.body))));
    return viewOf(insight, entry, marked, discussedIn(insight));
  };
}

/** One insight's view, reading its entry's marks. */
export const viewIn = (doc: Readonly<JournalDocument>, insight: Insight, entry: Entry) =>
  viewer(doc)(insight, entry);
