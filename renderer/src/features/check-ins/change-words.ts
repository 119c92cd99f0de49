import type { ScoreChange } from '../../../../shared/therapy/check-in-trends';

const points = (n: number) => (n === 1 ? '1 point' : `${n} points`);

/** "3 points lower", "1 point higher", "the same score": no better or worse, only the numbers. */
export function changeWords(change: ScoreChange): string {
  if (change.points === 0) return 'the same score';
  return `${points(Math.abs(change.points))} ${change.points < 0 ? 'lower' : 'higher'}`;
}

/** The short form for a table cell: "−3", "+1", "0". */
export function signedPoints(change: ScoreChange): string {
  if (change.points === 0) return '0';
  return change.points < 0 ? `−${-change.points}` : `+${change.points}`;
}
