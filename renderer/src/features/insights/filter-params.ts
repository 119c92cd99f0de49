import { localDaySchema } from '../../../../shared/domain/primitives';
import { insightKindSchema } from '../../../../shared/domain/records';
import type { InsightFilter } from '../../../../shared/therapy/therapy-contract';

/*
 * The Insights screen keeps its filters in the address (`#/insights?kind=blocker&from=…`), so
 * Back returns to the filters before, and a filtered list can be linked to. Anything in the
 * address that is not a valid filter is ignored rather than refused.
 */

type ScreenFilter = Omit<InsightFilter, 'entryId'>;

const flag = (value: string | null) => (value === '1' ? true : undefined);

export function filterFromParams(params: URLSearchParams): ScreenFilter {
  const filter: ScreenFilter = {};
  const kind = insightKindSchema.safeParse(params.get('kind'));
  if (kind.success) filter.kind = kind.data;
  const goal = params.get('goal');
  if (goal && goal.length <= 64) filter.goalId = goal;
  for (const bound of ['from', 'to'] as const) {
    const day = localDaySchema.safeParse(params.get(bound));
    if (day.success) filter[bound] = day.data;
  }
  const bring = flag(params.get('bring'));
  if (bring) filter.bringToSession = true;
  const undiscussed = flag(params.get('undiscussed'));
  if (undiscussed) filter.notDiscussed = true;
  return filter;
}

export function paramsFromFilter(filter: ScreenFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.goalId) params.set('goal', filter.goalId);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.bringToSession) params.set('bring', '1');
  if (filter.notDiscussed) params.set('undiscussed', '1');
  return params;
}

export const isFiltered = (filter: ScreenFilter): boolean => Object.keys(filter).length > 0;

export type { ScreenFilter };
