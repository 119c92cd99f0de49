import type { ShareCounts } from './share-rule';

/**
 * "12 entries in full, 5 as summaries, 3 private left out": how a printout shows its period's
 * entries, without a full stop (the screen places it in a sentence of its own).
 */
export function whatThisShows(counts: ShareCounts): string {
  const entries = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'entry' : 'entries'}`;
  if (counts.full + counts.summary + counts.privateLeftOut === 0)
    return 'No entries in this period';
  return [
    `${entries(counts.full)} in full`,
    `${counts.summary.toLocaleString('en')} as ${counts.summary === 1 ? 'a summary' : 'summaries'}`,
    `${counts.privateLeftOut.toLocaleString('en')} private left out`,
  ].join(', ');
}
