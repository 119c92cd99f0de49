import type { ProgressReport } from '../../../../shared/therapy/therapy-contract';
import { DataTable } from '../../ui/DataTable';
import { kindOrder, kindPluralLabel } from '../insights/kinds';
import { formatNumber, monthName } from './format';
import { MonthChart } from './MonthChart';
import { Section } from './Section';
import { KIND_TONES } from './tones';

const month = { label: 'Month', cell: (m: { month: string }) => monthName(m.month) };
const count = (n: number) => n.toLocaleString();

/** Insights marked per month, by kind, stacked; only the kinds marked in the period. */
export function InsightsSection({ report }: { report: ProgressReport }) {
  const { months, totals } = report;
  const kinds = kindOrder.filter((kind) => (totals.insightsByKind[kind] ?? 0) > 0);
  return (
    <Section
      id="progress-insights"
      title="Insights"
      intro="The insights you marked in your entries, counted in the month of the entry."
    >
      {kinds.length === 0 ? (
        <p>No insights marked in this period.</p>
      ) : (
        <>
          <MonthChart
            label="Insights marked each month, by kind"
            months={months.map((m) => m.month)}
            stacked
            integer
            bars={kinds.map((kind) => ({
              label: kindPluralLabel[kind],
              tone: KIND_TONES[kind],
              values: months.map((m) => m.insightsByKind[kind] ?? 0),
            }))}
            format={formatNumber}
          />
          <DataTable
            caption="Insights per month, by kind"
            rowHeader={month}
            rows={months}
            columns={[
              ...kinds.map((kind) => ({
                label: kindPluralLabel[kind],
                cell: (m: (typeof months)[number]) => count(m.insightsByKind[kind] ?? 0),
              })),
              {
                label: 'All kinds',
                cell: (m) =>
                  count(Object.values(m.insightsByKind).reduce((sum, n) => sum + (n ?? 0), 0)),
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}

/** Breakthroughs, goal steps done and goals achieved, side by side per month. */
export function MilestonesSection({ report }: { report: ProgressReport }) {
  const { months, totals } = report;
  const none = totals.breakthroughs + totals.stepsDone + totals.goalsAchieved === 0;
  return (
    <Section id="progress-milestones" title="Breakthroughs, steps and goals">
      {none ? (
        <p>
          No breakthroughs, steps done or goals achieved in this period. Quiet stretches are part of
          the work too.
        </p>
      ) : (
        <>
          <MonthChart
            label="Breakthroughs, steps done and goals achieved each month"
            months={months.map((m) => m.month)}
            integer
            bars={[
              {
                label: 'Breakthroughs',
                tone: 'breakthrough',
                values: months.map((m) => m.breakthroughs),
              },
              { label: 'Steps done', tone: 'blue', values: months.map((m) => m.stepsDone) },
              {
                label: 'Goals achieved',
                tone: 'amber',
                values: months.map((m) => m.goalsAchieved),
              },
            ]}
            format={formatNumber}
          />
          <DataTable
            caption="Breakthroughs, steps done and goals achieved per month"
            rowHeader={month}
            rows={months}
            columns={[
              { label: 'Breakthroughs', cell: (m) => count(m.breakthroughs) },
              { label: 'Steps done', cell: (m) => count(m.stepsDone) },
              { label: 'Goals achieved', cell: (m) => count(m.goalsAchieved) },
            ]}
          />
        </>
      )}
    </Section>
  );
}

/** Homework set in the month's sessions, and how much of it was tried or done. */
export function HomeworkSection({ report }: { report: ProgressReport }) {
  const { months, totals } = report;
  return (
    <Section
      id="progress-homework"
      title="Homework"
      intro="Homework set in each month’s sessions, and how much of it you tried or did."
    >
      {totals.homeworkSet === 0 ? (
        <p>No homework set in this period.</p>
      ) : (
        <>
          <MonthChart
            label="Homework set and homework tried or done each month"
            months={months.map((m) => m.month)}
            integer
            bars={[
              { label: 'Set', tone: 'question', values: months.map((m) => m.homeworkSet) },
              {
                label: 'Tried or done',
                tone: 'accent',
                values: months.map((m) => m.homeworkAttempted),
              },
            ]}
            format={formatNumber}
          />
          <DataTable
            caption="Homework per month"
            rowHeader={month}
            rows={months}
            columns={[
              { label: 'Set', cell: (m) => count(m.homeworkSet) },
              { label: 'Tried or done', cell: (m) => count(m.homeworkAttempted) },
            ]}
          />
        </>
      )}
    </Section>
  );
}
