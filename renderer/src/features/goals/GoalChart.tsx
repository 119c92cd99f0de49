import type { GoalDetail } from '../../../../shared/therapy/therapy-contract';
import { shortMonth, shortMonthYear, yearOnly } from '../../lib/dates';
import { DataTable } from '../../ui/DataTable';
import styles from './GoalChart.module.css';

type Month = GoalDetail['timeline'][number];
type Series = 'stepsDone' | 'smallWins' | 'breakthroughs';

const SERIES: ReadonlyArray<{ key: Series; label: string; className: string }> = [
  { key: 'stepsDone', label: 'Steps done', className: styles.steps! },
  { key: 'smallWins', label: 'Small wins', className: styles.wins! },
  { key: 'breakthroughs', label: 'Breakthroughs', className: styles.breakthroughs! },
];

// Chart geometry in SVG units; the SVG scales to its box.
const LEFT = 26;
const TOP = 10;
const BOTTOM = 30;
const PLOT_HEIGHT = 110;
const SLOT = 36;
const BAR = 9;

/** Whole-number ticks from 0 to the largest count: counts of steps are never fractional. */
function ticksUpTo(max: number): number[] {
  return [...new Set([0, Math.ceil(max / 2), max])];
}

/**
 * A goal's months as grouped bars (steps done, small wins, breakthroughs), with the same figures
 * in a table beside it for screen readers and for anyone who prefers numbers.
 */
export function GoalChart({ timeline }: { timeline: GoalDetail['timeline'] }) {
  const max = Math.max(1, ...timeline.flatMap((m) => SERIES.map((s) => m[s.key])));
  const width = LEFT + timeline.length * SLOT + 6;
  const height = TOP + PLOT_HEIGHT + BOTTOM;
  const y = (value: number) => TOP + PLOT_HEIGHT - (value / max) * PLOT_HEIGHT;
  const labelEvery = Math.ceil(timeline.length / 12);
  const empty = timeline.every((m) => SERIES.every((s) => m[s.key] === 0));

  return (
    <section className="stack" aria-labelledby="goal-time-title">
      <h2 id="goal-time-title">Over time</h2>
      {empty && (
        <p className="hint">
          Steps you tick, and small wins or breakthroughs you link to this goal, show here month by
          month.
        </p>
      )}
      <div className={styles.overTime}>
        <figure className={styles.figure}>
          <svg
            className={styles.svg}
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label="Chart of steps done, small wins and breakthroughs by month; the table beside it lists the same figures."
          >
            {ticksUpTo(max).map((tick) => (
              <g key={tick}>
                <line className={styles.grid} x1={LEFT} x2={width} y1={y(tick)} y2={y(tick)} />
                <text className={styles.axis} x={LEFT - 5} y={y(tick) + 3} textAnchor="end">
                  {tick}
                </text>
              </g>
            ))}
            {timeline.map((month, i) => {
              const x = LEFT + i * SLOT + (SLOT - SERIES.length * BAR) / 2;
              return (
                <g key={month.month}>
                  {SERIES.map((series, j) =>
                    month[series.key] > 0 ? (
                      <rect
                        key={series.key}
                        className={series.className}
                        x={x + j * BAR}
                        y={y(month[series.key])}
                        width={BAR - 1}
                        height={TOP + PLOT_HEIGHT - y(month[series.key])}
                      />
                    ) : null,
                  )}
                  {i % labelEvery === 0 && (
                    <text
                      className={styles.axis}
                      x={LEFT + i * SLOT + SLOT / 2}
                      y={TOP + PLOT_HEIGHT + 12}
                      textAnchor="middle"
                    >
                      {shortMonth(month.month)}
                    </text>
                  )}
                  {/* The year under the first month and under each January. */}
                  {(i === 0 || month.month.endsWith('-01')) && (
                    <text
                      className={styles.axis}
                      x={LEFT + i * SLOT + SLOT / 2}
                      y={TOP + PLOT_HEIGHT + 24}
                      textAnchor="middle"
                    >
                      {yearOnly(month.month)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
          <figcaption>
            <ul className="chart-legend" aria-label="Legend">
              {SERIES.map((series) => (
                <li key={series.key}>
                  <svg className={styles.swatch} viewBox="0 0 10 10" aria-hidden="true">
                    <rect className={series.className} width="10" height="10" />
                  </svg>
                  {series.label}
                </li>
              ))}
            </ul>
          </figcaption>
        </figure>
        <MonthTable timeline={timeline} />
      </div>
    </section>
  );
}

function MonthTable({ timeline }: { timeline: Month[] }) {
  return (
    <DataTable
      caption="By month"
      rowHeader={{ label: 'Month', cell: (month) => shortMonthYear(month.month) }}
      columns={SERIES.map((series) => ({
        label: series.label,
        cell: (month: Month) => String(month[series.key]),
      }))}
      rows={timeline}
    />
  );
}
