import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Median of a list of numbers (the mean of the middle two for even lengths). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds taken by `fn`, after a full garbage collection. */
export async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  collectGarbage();
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
