/** A value axis: its ends and the values it labels. */
export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/** 1, 2 or 5 times a power of ten: the step between labels a reader takes in at a glance. */
function niceStep(span: number, integer: boolean): number {
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough)!;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/**
 * An axis from 0 (or below, for negative values) up past the largest value, labelled in nice
 * steps; counts get whole-number labels. An axis with nothing on it still runs 0 to 1.
 */
export function scaleFor(
  values: Iterable<number>,
  options: { integer?: boolean; max?: number } = {},
): Scale {
  let low = 0;
  let high = 0;
  for (const v of values) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (options.max !== undefined) high = Math.max(high, options.max);
  const span = high - low || 1;
  const step = niceStep(span, options.integer ?? false);
  const min = Math.floor(low / step) * step;
  const max =
    options.max !== undefined && options.max >= high
      ? options.max
      : Math.max(step, Math.ceil(high / step) * step);
  const ticks: number[] = [];
  // Rounded so that 0.1 + 0.2 labels as 0.3.
  for (let t = min; t <= max + step / 1e6; t += step) ticks.push(Number(t.toFixed(6)));
  return { min, max, ticks };
}
