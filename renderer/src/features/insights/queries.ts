import { useInfiniteQuery } from '@tanstack/react-query';
import type { ChannelName } from '../../../../shared/contract';
import type { InsightFilter } from '../../../../shared/therapy/therapy-contract';
import { call } from '../../lib/call';
import { keyOf, useJournalMutation, useJournalQuery } from '../../lib/query';

const PAGE = 50;

/** Every answer an insight's change can make stale. */
export const insightReads: ChannelName[] = ['insights:list', 'insights:get'];

/** The insights of one entry, for its side list (an entry never holds anywhere near 500). */
export const useEntryInsights = (entryId: string) =>
  useJournalQuery('insights:list', { entryId, limit: 500 });

/** The Insights screen: a page at a time, with the counts per month of everything matched. */
export function useInsightPages(filter: InsightFilter) {
  const query = useInfiniteQuery({
    queryKey: keyOf('insights:list', filter),
    queryFn: ({ pageParam }) =>
      call('insights:list', { ...filter, offset: pageParam, limit: PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
  });
  const pages = query.data?.pages ?? [];
  return {
    items: pages.flatMap((page) => page.items),
    total: pages.at(-1)?.total ?? 0,
    monthly: pages[0]?.monthly ?? [],
    loaded: query.isSuccess,
    error: query.error,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => {
      if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
    },
  };
}

export const useCreateInsight = () =>
  useJournalMutation('insights:create', { invalidates: insightReads });
export const useUpdateInsight = () =>
  useJournalMutation('insights:update', { invalidates: insightReads });
export const useDeleteInsight = () =>
  useJournalMutation('insights:delete', { invalidates: insightReads });
