import { keepPreviousData } from '@tanstack/react-query';
import type { ProgressQuery } from '../../../../shared/therapy/therapy-contract';
import { useJournalQuery } from '../../lib/query';

/**
 * The Progress screen's figures. They are derived from every kind of record (entries, insights,
 * goals, sessions, check-ins), so rather than every write naming this answer as stale, the
 * screen asks again each time it opens. Switching periods keeps the last figures on screen
 * until the new ones arrive.
 */
export const useProgress = (query: ProgressQuery | undefined) =>
  useJournalQuery('progress:get', query ?? { to: '' }, {
    enabled: query !== undefined,
    refetchOnMount: 'always',
    placeholderData: keepPreviousData,
  });
