import type { ShareCounts } from '../../../../shared/report/share-rule';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "What this shows: 3 entries in full, 2 as summaries, 1 private entry left out." */
export function whatThisShows(counts: ShareCounts): string {
  return (
    `What this shows: ${count(counts.full, 'entry', 'entries')} in full, ` +
    `${counts.summary} as ${counts.summary === 1 ? 'a summary' : 'summaries'}, ` +
    `${count(counts.privateLeftOut, 'private entry', 'private entries')} left out.`
  );
}
