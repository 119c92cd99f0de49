import type { InsightKind } from '../domain/records';
import { monthOf, monthsBetween } from './days';
import type { GoalDetail } from './therapy-contract';

/** What a goal's progress over time is made of, already as local days. */
export interface GoalTimelineSource {
  /** The local day the goal was set. */
  createdDay: string;
  today: string;
  /** The local day each done step was done. */
  stepDoneDays: readonly string[];
  /** The goal's linked insights: the day of the entry each was marked in, and its kind. */
  insights: ReadonlyArray<{ day: string; kind: InsightKind }>;
}

/**
 * Month by month from the goal's creation (or its earliest linked day, when an older entry was
 * linked to it) to this month: steps done, small wins and breakthroughs. Quiet months are kept
 * as zeros: a plateau is part of the picture, not a gap to hide.
 */
export function goalTimeline(source: GoalTimelineSource): GoalDetail['timeline'] {
  const days = [source.createdDay, ...source.stepDoneDays, ...source.insights.map((i) => i.day)];
  const first = monthOf(days.reduce((a, b) => (b < a ? b : a)));
  const lastDay = days.reduce((a, b) => (b > a ? b : a), source.today);
  const rows = new Map(
    monthsBetween(first, monthOf(lastDay)).map((month) => [
      month,
      { month, stepsDone: 0, smallWins: 0, breakthroughs: 0 },
    ]),
  );
  for (const day of source.stepDoneDays) rows.get(monthOf(day))!.stepsDone += 1;
  for (const { day, kind } of source.insights) {
    const row = rows.get(monthOf(day))!;
    if (kind === 'small-win') row.smallWins += 1;
    else if (kind === 'breakthrough') row.breakthroughs += 1;
  }
  return [...rows.values()];
}
