import { localDaySchema } from '../../../../shared/domain/primitives';
import { addMonths, monthOfDay } from '../../../../shared/therapy/month-range';
import { progressQuerySchema } from '../../../../shared/therapy/therapy-contract';
import type { ProgressQuery } from '../../../../shared/therapy/therapy-contract';

/*
 * The period the Progress screen covers, kept in the address (`#/progress?period=3m`, or
 * `?period=custom&from=2024-01-01&to=2024-06-30`) so it survives going back and forth.
 */

export type PeriodKind = '3m' | '12m' | 'all' | 'custom';

export interface Period {
  kind: PeriodKind;
  /** Only for a custom period: local days as typed, checked by `queryFor`. */
  from?: string;
  to?: string;
}

export const PERIOD_LABELS: Record<PeriodKind, string> = {
  '3m': 'Last 3 months',
  '12m': 'Last 12 months',
  all: 'All time',
  custom: 'Choose dates',
};

const KINDS = Object.keys(PERIOD_LABELS) as PeriodKind[];
const DEFAULT: PeriodKind = '12m';

export function readPeriod(params: URLSearchParams): Period {
  const asked = params.get('period');
  const kind = KINDS.find((k) => k === asked) ?? DEFAULT;
  if (kind !== 'custom') return { kind };
  return { kind, from: params.get('from') ?? '', to: params.get('to') ?? '' };
}

export function periodParams(period: Period): URLSearchParams {
  const params = new URLSearchParams();
  if (period.kind !== DEFAULT) params.set('period', period.kind);
  if (period.kind === 'custom') {
    params.set('from', period.from ?? '');
    params.set('to', period.to ?? '');
  }
  return params;
}

/**
 * "Last N months" are calendar months: this month so far and the N − 1 before it, so each bar of
 * the charts is a whole month except, at most, the current one.
 */
const lastMonths = (count: number, today: string): ProgressQuery => ({
  from: `${addMonths(monthOfDay(today), -(count - 1))}-01`,
  to: today,
});

/** What to ask main for, or why a custom period cannot be asked yet. */
export function queryFor(
  period: Period,
  today: string,
): { query: ProgressQuery } | { problem: string } {
  switch (period.kind) {
    case '3m':
      return { query: lastMonths(3, today) };
    case '12m':
      return { query: lastMonths(12, today) };
    case 'all':
      return { query: { to: today } };
    case 'custom': {
      const { from = '', to = '' } = period;
      if (!localDaySchema.safeParse(from).success || !localDaySchema.safeParse(to).success) {
        return { problem: 'Choose the first and the last day of the period.' };
      }
      const checked = progressQuerySchema.safeParse({ from, to });
      if (!checked.success) return { problem: checked.error.issues[0]!.message };
      return { query: checked.data };
    }
  }
}
