import type { ReportSection } from '../../../../shared/domain/settings';
import { localDaySchema } from '../../../../shared/domain/primitives';
import type { ReportQuery } from '../../../../shared/report/channels';
import { customPeriodProblem } from '../../../../shared/report/report-period';
import type { PeriodKind } from './labels';

export interface PeriodChoice {
  kind: PeriodKind;
  /** A custom period's days as typed (checked before asking main). */
  from: string;
  to: string;
}

/** What to ask main for, or why a custom period cannot be asked yet. */
export function queryFor(
  period: PeriodChoice,
  sections: ReportSection[],
): { query: ReportQuery } | { problem: string } {
  if (period.kind !== 'custom') return { query: { range: period.kind, sections } };
  const { from, to } = period;
  if (!localDaySchema.safeParse(from).success || !localDaySchema.safeParse(to).success) {
    return { problem: 'Choose the first and the last day of the period.' };
  }
  const problem = customPeriodProblem(from, to);
  return problem ? { problem } : { query: { from, to, sections } };
}
