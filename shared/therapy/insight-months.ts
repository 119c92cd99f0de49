import type { InsightKind } from '../domain';

/** Insights per kind in one month (`YYYY-MM`); a kind with none is left out. */
export interface MonthCounts {
  month: string;
  counts: Partial<Record<InsightKind, number>>;
}

/** Counts per kind per month, oldest month first; months without insights are not listed. */
export function monthlyKindCounts(
  rows: Iterable<{ month: string; kind: InsightKind }>,
): MonthCounts[] {
  const months = new Map<string, Partial<Record<InsightKind, number>>>();
  for (const { month, kind } of rows) {
    const counts = months.get(month) ?? {};
    counts[kind] = (counts[kind] ?? 0) + 1;
    months.set(month, counts);
  }
  return [...months]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, counts]) => ({ month, counts }));
}

const indexOf = (month: string): number =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number): string =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The last `max` calendar months up to the newest month with insights, quiet months included (a
 * chart's axis must not skip one), or fewer when the counts start later than that.
 */
export function recentMonths(monthly: readonly MonthCounts[], max: number): MonthCounts[] {
  const last = monthly.at(-1);
  if (!last || max <= 0) return [];
  const byMonth = new Map(monthly.map((m) => [m.month, m.counts]));
  const end = indexOf(last.month);
  const start = Math.max(indexOf(monthly[0]!.month), end - max + 1);
  const months: MonthCounts[] = [];
  for (let i = start; i <= end; i++) {
    const month = monthAt(i);
    months.push({ month, counts: byMonth.get(month) ?? {} });
  }
  return months;
}

/** How many insights a month holds in all. */
export const monthTotal = (month: MonthCounts): number =>
  Object.values(month.counts).reduce((sum, n) => sum + (n ?? 0), 0);
