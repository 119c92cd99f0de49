import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const SETTLE_MS = 25;

/** Median of a list of numbers (the mean of the middle two for even lengths). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds taken by `fn`, after a full garbage collection and the sweeping it leaves. */
export async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  collectGarbage();
  // V8 sweeps after a full collection on helper threads and lazily on the next allocations:
  // on a 2-core machine that work lands inside a measurement of a few ms and doubled it (a
  // 2 ms timeline page measured 6-17 ms). A short pause lets it finish first.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export const round = (ms: number, digits = 1) => Number(ms.toFixed(digits));

/** Peak resident set size of this process so far, in MB. */
export function peakRssMB(): number {
  return round(process.resourceUsage().maxRSS / 1024);
}

let gc: (() => void) | undefined;

/**
 * Runs a full garbage collection between measurements, so one run's garbage is not collected
 * (and timed) inside the next, and peak memory reflects one operation rather than GC debt.
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
