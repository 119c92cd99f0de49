import type { MoodWeek } from '../../../../shared/report/weekly-mood';
import { dayMonth, mediumDate } from '../../lib/dates';
import { formatNumber } from '../progress/format';
import styles from '../progress/Chart.module.css';
import own from './WeekMoodChart.module.css';

const W = 640;
const H = 210;
const TOP = 12;
const BOTTOM = 36;
const LEFT = 40;
const RIGHT = 16;

const y = (mood: number) => TOP + (H - TOP - BOTTOM) * (1 - (mood - 1) / 9);

/**
 * Mood by week on the 1–10 scale: a line from the week's lowest to its highest mood, and a dot at
 * its average. Shapes, not colours, tell them apart, so it reads the same printed in grey.
 */
export function WeekMoodChart({ weeks }: { weeks: MoodWeek[] }) {
  const band = (W - LEFT - RIGHT) / Math.max(1, weeks.length);
  const x = (i: number) => LEFT + band * (i + 0.5);
  // At most about ten dates on the axis, whatever the period.
  const every = Math.ceil(weeks.length / 10);
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Average mood each week, from 1 to 10, with each week's lowest and highest. The table below has the same figures."
      >
        {[1, 4, 7, 10].map((tick) => (
          <g key={tick}>
            <line className={styles.grid} x1={LEFT} x2={W - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text className={styles.tick} x={LEFT - 6} y={y(tick)} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {weeks.map((week, i) => (
          <g key={week.week}>
            {week.min !== undefined && week.max !== undefined && week.max > week.min && (
              <line className={own.range} x1={x(i)} x2={x(i)} y1={y(week.min)} y2={y(week.max)} />
            )}
            {week.mean !== undefined && (
              <circle
                className={`${styles.point} ${styles.accent}`}
                cx={x(i)}
                cy={y(week.mean)}
                r={4}
              >
                <title>{`Week of ${mediumDate(week.week)}: average ${formatNumber(week.mean)}`}</title>
              </circle>
            )}
            {i % every === 0 && (
              <text className={styles.tick} x={x(i)} y={H - BOTTOM + 16} textAnchor="middle">
                {dayMonth(week.week)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <ul className={`chart-legend ${styles.legend}`}>
        <li>
          <span aria-hidden="true" className={`${own.dot} ${styles.accent}`} />
          Average of the week
        </li>
        <li>
          <span aria-hidden="true" className={own.whisker} />
          Lowest to highest that week
        </li>
      </ul>
    </figure>
  );
}
