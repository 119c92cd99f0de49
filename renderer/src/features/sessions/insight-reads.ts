import { useQueries, useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { channels } from '../../../../shared/contract';
import type { Result } from '../../../../shared/ipc/result';
import type { InsightPage, InsightView } from '../../../../shared/therapy/therapy-contract';
import { journal } from '../../journal';
import { unwrap } from '../../lib/result';

/*
 * Reads of the insights domain for the sessions and goals screens. Its channels join the contract
 * with their own service; a build without them has no insights to read, so these ask nothing and
 * the screens say there is nothing to pick. Keys follow `keyOf` ([channel, input]), so the
 * insights screens' own mutations mark these stale too.
 */

const LIST = 'insights:list';
const GET = 'insights:get';

/** Whether this build has the insights channels. */
export const insightsAvailable = LIST in channels && GET in channels;

type Method = (input?: unknown) => Promise<Result<unknown>>;

function callInsights<T>(method: 'list' | 'get', input: unknown): Promise<T> {
  const api = journal() as unknown as Record<string, Record<string, Method> | undefined>;
  return unwrap(api.insights![method]!(input)) as Promise<T>;
}

const TO_DISCUSS = { bringToSession: true, notDiscussed: true, limit: 500 } as const;

/** Insights marked "bring to session" and not yet discussed in any session, newest first. */
export function useInsightsToDiscuss() {
  return useQuery({
    queryKey: [LIST, TO_DISCUSS],
    queryFn: () => callInsights<InsightPage>('list', TO_DISCUSS),
    enabled: insightsAvailable,
  });
}

/** The insights with these ids (those discussed in a session), in the order given. */
export function useInsightsById(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: [GET, { id }],
      queryFn: () => callInsights<InsightView>('get', { id }),
      enabled: insightsAvailable,
    })),
  });
}

/** After a change that marks insights discussed or unlinks a goal from them. */
export function invalidateInsightReads(client: QueryClient): void {
  void client.invalidateQueries({ queryKey: [LIST] });
  void client.invalidateQueries({ queryKey: [GET] });
}
