import { BAND_LABELS, bandRanges, maxScore } from '../../../../shared/therapy/instruments';
import type { Instrument } from '../../../../shared/therapy/instruments';
import { monthsFrom, monthOfDay } from '../../../../shared/therapy/month-range';
import { mediumDate } from '../../lib/dates';
import { monthShort } from './format';
import styles from './Chart.module.css';

interface Props {
  instrument: Instrument;
  /** The period's first and last local days: the x axis runs across it. */
  from: string;
  to: string;
  points: Array<{ date: string; score: number }>;
}

const W = 640;
const H = 220;
const TOP = 10;
const BOTTOM = 36;
const LEFT = 40;
const RIGHT = 120;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * One instrument's self-checks across the period, each where its day falls, joined by a line;
 * its published bands are shaded faintly behind, with their names at the right.
 */
export function TrendChart({ instrument, from, to, points }: Props) {
  const top = maxScore(instrument);
  const first = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - first);
  const x = (day: string) => LEFT + ((dayNumber(day) - first) / span) * (W - LEFT - RIGHT);
  const y = (score: number) => TOP + (H - TOP - BOTTOM) * (1 - score / top);
  const months = monthsFrom(monthOfDay(from), monthOfDay(to));
  const every = Math.ceil(months.length / 12);
  // A period starting late in a month puts that month's label (held at the axis's start) on top of
  // the next one's: the next month names the axis instead, with its year.
  const skipFirst = months.length > 1 && x(`${months[1]}-01`) - LEFT < 40;
  const firstLabel = skipFirst ? 1 : 0;
  // Scores are whole numbers: a band's area reaches up to where the next band starts.
  const bands = bandRanges(instrument).map((band) => ({
    ...band,
    upper: Math.min(top, band.to + 1),
  }));
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${instrument} scores across the period, 0 to ${top}. The table below lists each check-in.`}
      >
        {bands.map(({ band, from: low, upper }, i) => (
          <g key={band}>
            {i % 2 === 0 && (
              <rect
                className={styles.band}
                x={LEFT}
                width={W - LEFT - RIGHT}
                y={y(upper)}
                height={y(low) - y(upper)}
              />
            )}
            <line className={styles.grid} x1={LEFT} x2={W - RIGHT} y1={y(low)} y2={y(low)} />
            <text className={styles.tick} x={LEFT - 6} y={y(low)} textAnchor="end">
              {low}
            </text>
            <text className={styles.bandLabel} x={W - RIGHT + 8} y={(y(low) + y(upper)) / 2}>
              {BAND_LABELS[band]}
            </text>
          </g>
        ))}
        <text className={styles.tick} x={LEFT - 6} y={y(top)} textAnchor="end">
          {top}
        </text>
        {months.map((month, i) =>
          i % every === 0 && !(i === 0 && skipFirst) ? (
            <text
              key={month}
              className={styles.tick}
              x={Math.max(LEFT, x(`${month}-01`))}
              y={H - BOTTOM + 14}
              textAnchor="start"
            >
              {monthShort(month)}
              {(i === firstLabel || every > 1 || month.endsWith('-01')) && (
                <tspan x={Math.max(LEFT, x(`${month}-01`))} dy="13">
                  {month.slice(0, 4)}
                </tspan>
              )}
            </text>
          ) : null,
        )}
        {points.length > 1 && (
          <polyline
            className={`${styles.line} ${styles.accent}`}
            points={points.map((p) => `${x(p.date)},${y(p.score)}`).join(' ')}
          />
        )}
        {points.map((p, i) => (
          <circle
            key={i}
            className={`${styles.point} ${styles.accent}`}
            cx={x(p.date)}
            cy={y(p.score)}
            r={4}
          >
            <title>{`${mediumDate(p.date)}: ${p.score}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
