import type { CheckIn } from '../../../../shared/domain/records';
import { BAND_LABELS } from '../../../../shared/therapy/instruments';
import type { Instrument } from '../../../../shared/therapy/instruments';
import { mediumDate } from '../../lib/dates';
import { CHART, trendGeometry } from './trend-geometry';
import styles from './CheckIns.module.css';

/**
 * An instrument's scores over time on its bands. Drawn by hand in SVG and styled by class (the
 * page's CSP refuses inline styles); the table beside it carries the same figures for screen
 * readers and for print.
 */
export function TrendChart({
  instrument,
  checkIns,
}: {
  instrument: Instrument;
  checkIns: readonly CheckIn[];
}) {
  const { bands, points, ticks } = trendGeometry(instrument, checkIns);
  const first = checkIns[0];
  const last = checkIns.at(-1);
  const titleId = `${instrument}-chart-title`;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>
        {`${instrument} scores over time, on the questionnaire’s bands. The table beside the chart lists them.`}
      </title>
      {bands.map((b, i) => (
        <g key={b.band}>
          <rect
            className={`${styles.band} ${styles[`band${i}`]}`}
            x={CHART.left}
            y={b.y}
            width={CHART.width - CHART.left - CHART.right}
            height={b.height}
          />
          <text className={styles.bandLabel} x={CHART.width - CHART.right + 8} y={b.labelY}>
            {BAND_LABELS[b.band]}
          </text>
        </g>
      ))}
      {ticks.map((t) => (
        <text key={t.score} className={styles.tick} x={CHART.left - 6} y={t.y}>
          {t.score}
        </text>
      ))}
      {points.length > 1 && (
        <polyline className={styles.line} points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
      )}
      {points.map((p, i) => (
        <circle key={checkIns[i]!.id} className={styles.point} cx={p.x} cy={p.y} r={4.5} />
      ))}
      {first && (
        <text className={styles.axisStart} x={CHART.left} y={CHART.height - 8}>
          {mediumDate(first.date)}
        </text>
      )}
      {last && last.date !== first?.date && (
        <text className={styles.axisEnd} x={CHART.width - CHART.right} y={CHART.height - 8}>
          {mediumDate(last.date)}
        </text>
      )}
    </svg>
  );
}
