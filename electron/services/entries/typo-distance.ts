/**
 * How many typos separate what was typed from the start of a word. Counts a swapped pair of
 * letters as one typo (optimal string alignment), because "anxeity" is one slip, not two.
 * Comparing against prefixes lets a half-typed, misspelt word ("anxei") find "anxiety".
 */

/** Typos tolerated in a typed word: none below 4 letters, one up to 7, two from 8 (about 0.2 per letter). */
export function typoBudget(typed: string): number {
  if (typed.length < 4) return 0;
  return typed.length < 8 ? 1 : 2;
}

/**
 * The fewest edits turning `typed` into some prefix of `word`, or `max + 1` when that is more
 * than `max`. Stops as soon as no prefix can come within `max`.
 */
export function prefixTypoDistance(typed: string, word: string, max: number): number {
  const n = typed.length;
  const rows = Math.min(word.length, n + max);
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  let best = previous[n]!;
  for (let i = 1; i <= rows; i++) {
    current[0] = i;
    let rowMin = i;
    const w = word.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const t = typed.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (w === t ? 0 : 1));
      if (i > 1 && j > 1 && w === typed.charCodeAt(j - 2) && word.charCodeAt(i - 2) === t) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (current[n]! < best) best = current[n]!;
    if (rowMin > max) break;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(best, max + 1);
}
