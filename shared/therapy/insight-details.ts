import type { InsightKind } from '../domain';

/** The details an insight may carry beyond its kind, each belonging to one kind only. */
export type InsightDetail = 'arrival' | 'tone' | 'defence';
export const insightDetails: readonly InsightDetail[] = ['arrival', 'tone', 'defence'];

const detailKind: Record<InsightDetail, InsightKind> = {
  arrival: 'breakthrough',
  tone: 'breakthrough',
  defence: 'blocker',
};

/** Arrival and tone describe breakthroughs, a defence describes blockers; nothing else has any. */
export const detailApplies = (kind: InsightKind, detail: InsightDetail): boolean =>
  detailKind[detail] === kind;

/**
 * The details that a change of kind leaves without meaning: those set (`!= null`) on `details`
 * that do not describe `kind`. Main clears them and the page says so, with the same rule.
 */
export function detailsClearedBy(
  kind: InsightKind,
  details: Partial<Record<InsightDetail, unknown>>,
): InsightDetail[] {
  return insightDetails.filter((d) => details[d] != null && !detailApplies(kind, d));
}
