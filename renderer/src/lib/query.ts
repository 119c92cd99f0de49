import {
  QueryClient,
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import { call } from './call';

/**
 * The page's one way to read from and write to the main process. Queries are keyed by the
 * contract's channel name and input, so two screens asking the same question share one answer,
 * and a stale answer can never overwrite a newer one: each key holds its own latest result.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The main process is the only writer, and every write says what it changes.
        staleTime: Infinity,
        // A refusal from the main process will not change by asking again.
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // The app is offline by design: "online" mode would pause every query.
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

type Input<K extends ChannelName> = InputOf<K> extends undefined ? undefined : InputOf<K>;

/** The key of a channel's answer for one input; `[channel]` alone matches every input. */
export const keyOf = <K extends ChannelName>(channel: K, input?: Input<K>): QueryKey =>
  input === undefined ? [channel] : [channel, input];

const invoke = <K extends ChannelName>(channel: K, input: Input<K>) =>
  (call as (c: K, i?: unknown) => Promise<OutputOf<K>>)(channel, input);

type QueryOptions<K extends ChannelName, T> = Omit<
  UseQueryOptions<OutputOf<K>, Error, T>,
  'queryKey' | 'queryFn'
>;

/** Reads a channel. `error` is a `CallError` whose message the screen shows as it is. */
export function useJournalQuery<K extends ChannelName, T = OutputOf<K>>(
  channel: K,
  input: Input<K>,
  options: QueryOptions<K, T> = {},
) {
  return useQuery({
    queryKey: keyOf(channel, input),
    queryFn: () => invoke(channel, input),
    ...options,
  });
}

/** Reads a channel once per input (records by id), each answer under its own key. */
export function useJournalQueries<K extends ChannelName>(channel: K, inputs: readonly Input<K>[]) {
  return useQueries({
    queries: inputs.map((input) => ({
      queryKey: keyOf(channel, input),
      queryFn: () => invoke(channel, input),
    })),
  });
}

interface Page {
  items: unknown[];
  total: number;
}

/** The channels that answer a page at a time: `offset` and `limit` in, `items` and `total` out. */
type PagedChannel = {
  [K in ChannelName]: OutputOf<K> extends Page
    ? InputOf<K> extends { offset?: number; limit?: number }
      ? K
      : never
    : never;
}[ChannelName];

/**
 * A list read a page of `limit` at a time as the person asks for more. The key is the filter
 * alone, so every page of one list is one answer that a write marks stale as a whole.
 */
export function usePagedJournalQuery<K extends PagedChannel>(
  channel: K,
  filter: Omit<InputOf<K>, 'offset' | 'limit'>,
  limit: number,
) {
  const query = useInfiniteQuery({
    queryKey: keyOf(channel, filter as Input<K>),
    queryFn: ({ pageParam }) =>
      invoke(channel, { ...filter, offset: pageParam, limit } as Input<K>) as Promise<
        OutputOf<K> & Page
      >,
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
  });
  const pages = query.data?.pages ?? [];
  return {
    pages,
    items: pages.flatMap((page) => page.items) as (OutputOf<K> & Page)['items'],
    total: pages.at(-1)?.total ?? 0,
    loaded: query.isSuccess,
    error: query.error,
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    loadMore: () => {
      if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
    },
  };
}

interface MutationOptions<K extends ChannelName> {
  /** Channels whose answers this change makes stale; they are refetched if on screen. */
  invalidates?: ChannelName[];
  /** Shows the change at once, before the main process answers (settings, choices). */
  onMutate?: (input: Input<K>) => void;
  onSuccess?: (value: OutputOf<K>, input: Input<K>) => void;
  /** Runs when the change is refused, after its answers were marked stale again. */
  onError?: (error: Error, input: Input<K>) => void;
}

/** Writes through a channel, then marks exactly the answers it changes as stale. */
export function useJournalMutation<K extends ChannelName>(
  channel: K,
  options: MutationOptions<K> = {},
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<K>) => invoke(channel, input),
    onMutate: (input) => options.onMutate?.(input),
    onError: (error, input) => {
      // What the screen showed early did not happen: show what the journal really holds.
      for (const stale of options.invalidates ?? []) {
        void client.invalidateQueries({ queryKey: [stale] });
      }
      options.onError?.(error, input);
    },
    onSuccess: (value, input) => {
      options.onSuccess?.(value, input);
      for (const stale of options.invalidates ?? []) {
        void client.invalidateQueries({ queryKey: [stale] });
      }
    },
  });
}

/** Marks every answer of these channels as stale, for writes that do not go through a mutation. */
export function invalidate(client: QueryClient, channels: ChannelName[]): void {
  for (const channel of channels) void client.invalidateQueries({ queryKey: [channel] });
}
