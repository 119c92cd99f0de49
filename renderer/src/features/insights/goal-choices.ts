import { useQuery } from '@tanstack/react-query';
import type { Result } from '../../../../shared/ipc/result';
import type { GoalSummary } from '../../../../shared/therapy/therapy-contract';
import { journal } from '../../journal';
import { unwrap } from '../../lib/result';

/** A goal an insight can be linked to, as the form and the filters offer it. */
export interface GoalChoice {
  id: string;
  title: string;
  achieved: boolean;
}

type GoalsBridge = { goals?: { list?: () => Promise<Result<GoalSummary[]>> } };

/**
 * The person's goals, or undefined where this build has no goals channel yet (the goals screen
 * is built beside this one): then the form has no goals section and the screen no goal filter.
 * The bridge has a method exactly for each channel of the contract, so asking it is the test.
 * Once `goals:list` is in the contract this becomes `useJournalQuery('goals:list', undefined)`.
 */
export function useGoalChoices(): GoalChoice[] | undefined {
  const list = (journal() as unknown as GoalsBridge).goals?.list;
  const query = useQuery({
    // `keyOf('goals:list')`: the key the goals screen's own writes invalidate.
    queryKey: ['goals:list'],
    queryFn: () => unwrap(list!()),
    enabled: list !== undefined,
  });
  if (!list) return undefined;
  return query.data?.map((goal) => ({
    id: goal.id,
    title: goal.title,
    achieved: goal.status === 'achieved',
  }));
}
