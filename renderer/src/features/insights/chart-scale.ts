/** The top of a count axis: `n` itself up to 5, then the next 1, 2 or 5 times a power of ten. */
export function niceCeiling(n: number): number {
  if (n <= 5) return Math.max(1, Math.ceil(n));
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

/** Gridlines of a count axis from 0 to `top`: whole numbers only. */
export function countTicks(top: number): number[] {
  return top % 2 === 0 ? [0, top / 2, top] : [0, top];
}
