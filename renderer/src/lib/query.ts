import {
  QueryClient,
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
