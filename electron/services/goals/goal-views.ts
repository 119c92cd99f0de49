import type { Goal, GoalStatus, JournalDocument } from '../../../shared/domain';
import { localDayOf } from '../../../shared/therapy/days';
import { goalTimeline } from '../../../shared/therapy/goal-timeline';
import type { GoalDetail, GoalSummary } from '../../../shared/therapy/therapy-contract';
import { findGoal } from './goal-records';
import { liveEntries, newestFirst } from '../insights/insight-list';
import type { InsightRow } from '../insights/insight-list';
import { viewer } from '../insights/insight-records';

const statusOrder: Record<GoalStatus, number> = { active: 0, paused: 1, achieved: 2 };

/** The goals list: what is being worked on first, then paused, then achieved; newest first. */
export function goalSummaries(doc: Readonly<JournalDocument>): GoalSummary[] {
  const entries = liveEntries(doc);
  const counts = new Map<string, number>();
  for (const insight of doc.insights) {
    if (!entries.has(insight.entryId)) continue;
    for (const goalId of new Set(insight.goalIds))
      counts.set(goalId, (counts.get(goalId) ?? 0) + 1);
  }
  return doc.goals
    .map((goal) => ({
      ...(structuredClone(goal) as Goal),
      insightCount: counts.get(goal.id) ?? 0,
      stepsDone: goal.steps.filter((step) => step.done).length,
    }))
    .sort(
      (a, b) =>
        statusOrder[a.status] - statusOrder[b.status] ||
        (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0),
    );
}

/**
 * A goal's page: the goal, its insights newest first, and its progress month by month up to
 * `now`. Instants (a step's doneAt, the goal's creation) count on the person's local day.
 */
export function goalDetail(doc: Readonly<JournalDocument>, id: string, now: Date): GoalDetail {
  const goal = findGoal(doc, id);
  const entries = liveEntries(doc);
  const rows: InsightRow[] = [];
  for (const insight of doc.insights) {
    const entry = entries.get(insight.entryId);
    if (entry && insight.goalIds.includes(id)) rows.push({ insight, entry });
  }
  const view = viewer(doc);
  const insights = rows.sort(newestFirst).map(({ insight, entry }) => view(insight, entry));
  const timeline = goalTimeline({
    createdDay: localDayOf(new Date(goal.createdAt)),
    today: localDayOf(now),
    stepDoneDays: goal.steps.flatMap((step) =>
      step.done && step.doneAt ? [localDayOf(new Date(step.doneAt))] : [],
    ),
    insights: insights.map((insight) => ({ day: insight.entryDate, kind: insight.kind })),
  });
  return { goal: structuredClone(goal) as Goal, insights, timeline };
}
