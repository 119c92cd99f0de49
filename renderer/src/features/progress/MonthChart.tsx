import { Fragment, useId } from 'react';
import { scaleFor } from './chart-scale';
import type { Scale } from './chart-scale';
import { monthName, monthShort } from './format';
import { Legend } from './Legend';
import type { Tone } from './tones';
import styles from './Chart.module.css';

export interface BarSeries {
  label: string;
  tone: Tone;
  values: number[];
}

export interface LineSeries {
  label: string;
  tone: Tone;
  /** A month without a value leaves a gap in the line. */
  values: Array<number | undefined>;
  /** `own`: drawn on its own scale, labelled on the right (a running total over monthly bars). */
  scale: 'shared' | 'own';
  format: (value: number) => string;
}

interface Props {
  /** What the chart shows, for people who cannot see it; the table beside it has the figures. */
  label: string;
  months: string[];
  bars?: BarSeries[];
  stacked?: boolean;
  line?: LineSeries;
  /** Labels of the shared (left) scale. */
  format: (value: number) => string;
  integer?: boolean;
  /** The top of the shared scale when it is fixed (mood runs 1–10). */
  max?: number;
  /**
   * Bars told apart by a texture as well as a colour, for paper: a report may be printed in grey.
   */
  patterned?: boolean;
}

const W = 640;
const H = 210;
const TOP = 12;
const BOTTOM = 36;
const LEFT = 52;

interface Point {
  x: number;
  y: number;
  v: number;
  i: number;
}

const y = (scale: Scale, value: number) =>
  TOP + (H - TOP - BOTTOM) * (1 - (value - scale.min) / (scale.max - scale.min));

/** Months on the x axis, bars (grouped or stacked) and an optional line; hand-written SVG. */
export function MonthChart({
  label,
  months,
  bars = [],
  stacked,
  line,
  format,
  integer,
  max,
  patterned,
}: Props) {
  // Pattern ids are document-wide: each chart names its own. useId's characters are not all
  // allowed in a url(#…) reference, so only its letters and digits are kept.
  const ids = useId().replace(/[^a-zA-Z0-9]/g, '');
  const patternOf = (j: number) => (patterned ? `chart-${ids}-texture-${j}` : undefined);
  const right = line?.scale === 'own' ? 60 : 16;
  const plotWidth = W - LEFT - right;
  const band = plotWidth / Math.max(1, months.length);
  const barTotals = months.map((_, i) =>
    stacked ? bars.reduce((sum, s) => sum + (s.values[i] ?? 0), 0) : 0,
  );
  const shared = scaleFor(
    [
      ...(stacked ? barTotals : bars.flatMap((s) => s.values)),
      ...(line?.scale === 'shared' ? line.values.filter((v) => v !== undefined) : []),
    ],
    { integer: integer ?? false, ...(max === undefined ? {} : { max }) },
  );
  const own =
    line?.scale === 'own' ? scaleFor(line.values.filter((v) => v !== undefined)) : undefined;
  const lineScale = own ?? shared;
  // At most about twelve labels on the axis, whatever the period; spaced out, each names its year.
  const every = Math.ceil(months.length / 12);
  // A few months stay readable bars, not slabs across the chart.
  const group = Math.min(band * 0.72, 60);
  const barWidth = stacked || bars.length === 0 ? group : group / bars.length;

  const points: Array<Point | undefined> = line
    ? line.values.map((v, i) =>
        v === undefined ? undefined : { x: LEFT + band * (i + 0.5), y: y(lineScale, v), v, i },
      )
    : [];
  // A month without a value breaks the line: no slope is drawn through a month with no data.
  const segments: Point[][] = [[]];
  for (const point of points) {
    if (point) segments.at(-1)!.push(point);
    else if (segments.at(-1)!.length > 0) segments.push([]);
  }

  return (
    <figure className={styles.figure}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${label}. The table below has the same figures.`}
      >
        {patterned && (
          <defs>
            {bars.map((series, j) => (
              <Texture key={series.label} id={patternOf(j)!} index={j} tone={series.tone} />
            ))}
          </defs>
        )}
        {shared.ticks.map((tick) => (
          <g key={tick}>
            <line
              className={tick === 0 ? styles.baseline : styles.grid}
              x1={LEFT}
              x2={W - right}
              y1={y(shared, tick)}
              y2={y(shared, tick)}
            />
            <text className={styles.tick} x={LEFT - 6} y={y(shared, tick)} textAnchor="end">
              {format(tick)}
            </text>
          </g>
        ))}
        {own?.ticks.map((tick) => (
          <text
            key={tick}
            className={styles.tick}
            x={W - right + 6}
            y={y(own, tick)}
            textAnchor="start"
          >
            {line!.format(tick)}
          </text>
        ))}
        {months.map((month, i) => {
          const x0 = LEFT + band * i + (band - group) / 2;
          let stackedBase = 0;
          return (
            <g key={month}>
              {bars.map((series, j) => {
                const value = series.values[i] ?? 0;
                if (value === 0) return null;
                const from = stacked ? stackedBase : 0;
                const to = from + value;
                if (stacked) stackedBase = to;
                const top = y(shared, Math.max(from, to));
                const bottom = y(shared, Math.min(from, to));
                return (
                  <rect
                    key={series.label}
                    className={patterned ? styles.textured : `${styles.bar} ${styles[series.tone]}`}
                    fill={patterned ? `url(#${patternOf(j)})` : undefined}
                    x={stacked ? x0 : x0 + j * barWidth}
                    y={top}
                    width={Math.max(1, barWidth - (stacked ? 0 : 1))}
                    height={Math.max(1, bottom - top)}
                  >
                    <title>{`${monthName(month)}, ${series.label.toLowerCase()}: ${format(value)}`}</title>
                  </rect>
                );
              })}
              {i % every === 0 && (
                <text
                  className={styles.tick}
                  x={LEFT + band * (i + 0.5)}
                  y={H - BOTTOM + 14}
                  textAnchor="middle"
                >
                  {monthShort(month)}
                  {(i === 0 || every > 1 || month.endsWith('-01')) && (
                    <tspan x={LEFT + band * (i + 0.5)} dy="13">
                      {month.slice(0, 4)}
                    </tspan>
                  )}
                </text>
              )}
            </g>
          );
        })}
        {line &&
          segments.map((segment, s) => (
            <Fragment key={s}>
              {segment.length > 1 && (
                <polyline
                  className={`${styles.line} ${styles[line.tone]}`}
                  points={segment.map((p) => `${p.x},${p.y}`).join(' ')}
                />
              )}
              {segment.map((p) => (
                <circle
                  key={p.i}
                  className={`${styles.point} ${styles[line.tone]}`}
                  cx={p.x}
                  cy={p.y}
                  r={3.5}
                >
                  <title>{`${monthName(months[p.i]!)}, ${line.label.toLowerCase()}: ${line.format(p.v)}`}</title>
                </circle>
              ))}
            </Fragment>
          ))}
      </svg>
      <Legend
        items={[
          ...bars.map((s, j) => ({
            label: s.label,
            tone: s.tone,
            shape: 'bar' as const,
            texture: patternOf(j),
          })),
          ...(line
            ? [
                {
                  label: line.scale === 'own' ? `${line.label} (scale on the right)` : line.label,
                  tone: line.tone,
                  shape: 'line' as const,
                },
              ]
            : []),
        ]}
      />
    </figure>
  );
}

/**
 * The texture of the `index`-th series: its colour, crossed by lines or dots of the surface colour
 * in a pattern of its own, so that neighbouring bars differ in grey too.
 */
function Texture({ id, index, tone }: { id: string; index: number; tone: Tone }) {
  const marks = [
    null,
    <path key="m" d="M0,6 L6,0" />,
    <path key="m" d="M0,3 L6,3" />,
    <circle key="m" cx="3" cy="3" r="1.3" />,
    <path key="m" d="M0,0 L6,6" />,
    <path key="m" d="M3,0 L3,6" />,
    <path key="m" d="M0,6 L6,0 M0,0 L6,6" />,
  ][index % 7];
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect className={`${styles.bar} ${styles[tone]}`} width="6" height="6" />
      {marks && <g className={styles.textureMark}>{marks}</g>}
    </pattern>
  );
}
