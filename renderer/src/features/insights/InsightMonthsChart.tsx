import { useId } from 'react';
import type { InsightKind } from '../../../../shared/domain/records';
import { monthTotal, recentMonths } from '../../../../shared/therapy/insight-months';
import type { MonthCounts } from '../../../../shared/therapy/insight-months';
import { monthYear, shortMonth, yearOnly } from '../../lib/dates';
import { countTicks, niceCeiling } from './chart-scale';
import { DataTable } from '../../ui/DataTable';
import { kindLabel, kindOrder } from './kinds';
import styles from './InsightMonthsChart.module.css';

const MONTHS = 12;
const WIDTH = 640;
const HEIGHT = 210;
const LEFT = 36;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 44;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

const kindClass: Record<InsightKind, string> = {
  breakthrough: styles.breakthrough!,
  pattern: styles.pattern!,
  'small-win': styles.smallWin!,
  'coping-skill': styles.copingSkill!,
  setback: styles.setback!,
  blocker: styles.blocker!,
  question: styles.question!,
};

const dayOf = (month: string) => `${month}-01`;

/**
 * Insights per kind per month as stacked bars, for the last twelve months up to the newest
 * insight the filters match, with the same numbers in a table for screen readers and reading.
 */
export function InsightMonthsChart({ monthly }: { monthly: readonly MonthCounts[] }) {
  const id = useId();
  const months = recentMonths(monthly, MONTHS);
  if (months.length === 0) return null;
  const kinds = kindOrder.filter((kind) => months.some((m) => m.counts[kind]));
  const top = niceCeiling(Math.max(...months.map(monthTotal)));
  const band = PLOT_W / months.length;
  const barWidth = Math.min(band * 0.62, 40);
  const y = (count: number) => TOP + PLOT_H - (count / top) * PLOT_H;
  const first = months[0]!.month;
  const last = months.at(-1)!.month;
  const earlier = monthly[0]!.month < first;

  return (
    <section className={`panel ${styles.chartSection}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Month by month</h2>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>Insights per kind per month</title>
        <desc id={`${id}-desc`}>
          {`From ${monthYear(dayOf(first))} to ${monthYear(dayOf(last))}. The table below holds the same numbers.`}
        </desc>
        {countTicks(top).map((tick) => (
          <g key={tick}>
            <line className={styles.grid} x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text className={styles.axis} x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {months.map((month, i) => {
          const x = LEFT + i * band + (band - barWidth) / 2;
          let base = 0;
          return (
            <g key={month.month}>
              {kinds.map((kind) => {
                const count = month.counts[kind] ?? 0;
                if (count === 0) return null;
                const rect = (
                  <rect
                    key={kind}
                    className={kindClass[kind]}
                    x={x}
                    width={barWidth}
                    y={y(base + count)}
                    height={y(base) - y(base + count)}
                  >
                    <title>{`${monthYear(dayOf(month.month))}: ${count} ${kindLabel[kind]}`}</title>
                  </rect>
                );
                base += count;
                return rect;
              })}
              <text
                className={styles.axis}
                x={x + barWidth / 2}
                y={TOP + PLOT_H + 16}
                textAnchor="middle"
              >
                {shortMonth(dayOf(month.month))}
              </text>
              {(i === 0 || month.month.endsWith('-01')) && (
                <text
                  className={styles.axis}
                  x={x + barWidth / 2}
                  y={TOP + PLOT_H + 32}
                  textAnchor="middle"
                >
                  {yearOnly(dayOf(month.month))}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {kinds.map((kind) => (
          <li key={kind}>
            <svg className={styles.swatch} viewBox="0 0 10 10" aria-hidden="true">
              <rect className={kindClass[kind]} width="10" height="10" rx="2" />
            </svg>
            {kindLabel[kind]}
          </li>
        ))}
      </ul>
      {earlier && (
        <p className="hint">
          The chart and the table show the twelve months up to the newest insight. Choose a period
          to see earlier months.
        </p>
      )}
      <DataTable
        caption="Insights per kind, month by month"
        rowHeader={{ label: 'Month', cell: (month) => monthYear(dayOf(month.month)) }}
        columns={[
          ...kinds.map((kind) => ({
            label: kindLabel[kind],
            cell: (month: MonthCounts) => String(month.counts[kind] ?? 0),
          })),
          { label: 'All', cell: (month) => String(monthTotal(month)) },
        ]}
        rows={months}
      />
    </section>
  );
}
