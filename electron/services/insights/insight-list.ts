import type { Entry, Insight, JournalDocument, Session } from '../../../shared/domain';
import { monthlyKindCounts } from '../../../shared/therapy/insight-months';
import type { InsightFilter, InsightPage } from '../../../shared/therapy/therapy-contract';
import { TopK } from '../entries/top-k';
import { discussionsOf, viewer } from './insight-records';

export interface InsightListQuery extends InsightFilter {
  offset: number;
  limit: number;
}

export interface InsightRow {
  insight: Insight;
  entry: Entry;
}

/**
 * Newest first: by the entry's day, then by when the insight was marked. The id settles exact
 * ties, so a page boundary never depends on the order insights are stored in.
 */
export function newestFirst(a: InsightRow, b: InsightRow): number {
  if (a.entry.date !== b.entry.date) return a.entry.date < b.entry.date ? 1 : -1;
  if (a.insight.createdAt !== b.insight.createdAt) {
    return a.insight.createdAt < b.insight.createdAt ? 1 : -1;
  }
  return a.insight.id === b.insight.id ? 0 : a.insight.id < b.insight.id ? 1 : -1;
}

/**
 * The entries insights may be listed from, by id: outside the trash (an entry's insights are
 * hidden with it), and only the one asked for when `only` is given.
 */
export function liveEntries(doc: Readonly<JournalDocument>, only?: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const entry of doc.entries) {
    if (entry.deletedAt || (only !== undefined && entry.id !== only)) continue;
    entries.set(entry.id, entry);
  }
  return entries;
}

function matcher(
  filter: InsightFilter,
  discussedIn: (insight: Insight) => Session | undefined,
): (insight: Insight, entry: Entry) => boolean {
  const { kind, goalId, from, to, bringToSession, notDiscussed } = filter;
  return (insight, entry) => {
    if (kind !== undefined && insight.kind !== kind) return false;
    if (goalId !== undefined && !insight.goalIds.includes(goalId)) return false;
    if (from !== undefined && entry.date < from) return false;
    if (to !== undefined && entry.date > to) return false;
    if (bringToSession !== undefined && insight.bringToSession !== bringToSession) return false;
    // "Not yet discussed" is about what was meant to be brought: marked, and no session yet.
    if (notDiscussed && (!insight.bringToSession || discussedIn(insight) !== undefined)) {
      return false;
    }
    return true;
  };
}

/**
 * One page of the insights a filter matches, with how many match and their counts per kind per
 * month. Only the page's insights are looked up in their bodies: thousands of insights do not
 * mean thousands of bodies scanned.
 */
export function listInsights(doc: Readonly<JournalDocument>, query: InsightListQuery): InsightPage {
  const { offset, limit } = query;
  const entries = liveEntries(doc, query.entryId);
  const discussedIn = discussionsOf(doc);
  const matches = matcher(query, discussedIn);
  const top = new TopK<InsightRow>(offset + limit, newestFirst);
  const months: Array<{ month: string; kind: Insight['kind'] }> = [];
  for (const insight of doc.insights) {
    const entry = entries.get(insight.entryId);
    if (!entry || !matches(insight, entry)) continue;
    months.push({ month: entry.date.slice(0, 7), kind: insight.kind });
    top.offer({ insight, entry });
  }
  const view = viewer(doc, discussedIn);
  const items = top
    .sorted()
    .slice(offset)
    .map(({ insight, entry }) => view(insight, entry));
  return { items, total: months.length, monthly: monthlyKindCounts(months) };
}
