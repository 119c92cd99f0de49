import { daysBetween } from '../../../../shared/therapy/check-in-trends';
import { bandRanges, maxScore } from '../../../../shared/therapy/instruments';
import type { Band, Instrument } from '../../../../shared/therapy/instruments';

/** The drawing area of a trend chart, in SVG user units. */
export const CHART = { width: 560, height: 220, left: 34, right: 128, top: 10, bottom: 30 };

const plotWidth = CHART.width - CHART.left - CHART.right;
const plotHeight = CHART.height - CHART.top - CHART.bottom;

export interface TrendGeometry {
  /** One shaded strip per band, lowest scores at the bottom. */
  bands: Array<{ band: Band; y: number; height: number; labelY: number }>;
  /** One point per check-in, left to right by day. */
  points: Array<{ x: number; y: number }>;
  /** Score gridlines: 0, each band's lowest score, and the maximum. */
  ticks: Array<{ score: number; y: number }>;
}

/**
 * Where a chart draws an instrument's check-ins (`days` oldest first, `scores` alike). Days are
 * spaced by the calendar, so a long gap looks long; one day alone sits in the middle. A band
 * covers its scores to the half point, so a score on a boundary sits inside its own band.
 */
export function trendGeometry(
  instrument: Instrument,
  series: ReadonlyArray<{ date: string; score: number }>,
): TrendGeometry {
  const max = maxScore(instrument);
  const y = (score: number) => CHART.top + (1 - score / max) * plotHeight;
  const bands = bandRanges(instrument).map(({ band, from, to }) => {
    const top = y(Math.min(max, to + 0.5));
    const bottom = y(Math.max(0, from - 0.5));
    return { band, y: top, height: bottom - top, labelY: (top + bottom) / 2 };
  });
  const first = series[0]?.date;
  const span = first ? daysBetween(first, series.at(-1)!.date) : 0;
  const points = series.map(({ date, score }) => ({
    x: CHART.left + (span === 0 ? plotWidth / 2 : (daysBetween(first!, date) / span) * plotWidth),
    y: y(score),
  }));
  const scores = [...new Set([0, ...bandRanges(instrument).map((r) => r.from), max])];
  return { bands, points, ticks: scores.map((score) => ({ score, y: y(score) })) };
}
