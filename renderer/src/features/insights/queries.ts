import type { ChannelName } from '../../../../shared/contract';
import type { InsightFilter } from '../../../../shared/therapy/therapy-contract';
import { useJournalMutation, useJournalQuery, usePagedJournalQuery } from '../../lib/query';

const PAGE = 50;

/** What an insight's change makes stale: goals count and list their insights, Progress counts them. */
export const insightReads: ChannelName[] = [
  'insights:list',
  'insights:get',
  'goals:list',
  'goals:get',
  'progress:get',
];

/**
 * Deleting one also takes it off the sessions it was discussed in. Its mark leaves its entry's
 * body too: the form marks that one entry stale itself, only when it had a mark, since asking
 * for the open entry again restarts its editor.
 */
export const insightDeleteReads: ChannelName[] = [...insightReads, 'sessions:list', 'sessions:get'];

/** The insights of one entry, for its side list (an entry never holds anywhere near 500). */
export const useEntryInsights = (entryId: string) =>
  useJournalQuery('insights:list', { entryId, limit: 500 });

/** The Insights screen: a page at a time, with the counts per month of everything matched. */
export function useInsightPages(filter: InsightFilter) {
  const list = usePagedJournalQuery('insights:list', filter, PAGE);
  return { ...list, monthly: list.pages[0]?.monthly ?? [] };
}

export const useCreateInsight = () =>
  useJournalMutation('insights:create', { invalidates: insightReads });
export const useUpdateInsight = () =>
  useJournalMutation('insights:update', { invalidates: insightReads });
export const useDeleteInsight = () =>
  useJournalMutation('insights:delete', { invalidates: insightDeleteReads });
