import { keepPreviousData } from '@tanstack/react-query';
import type { ProgressQuery } from '../../../../shared/therapy/therapy-contract';
import { useJournalQuery } from '../../lib/query';

/**
 * The Progress screen's figures, derived from every kind of record: every write to entries,
 * insights, goals, sessions or check-ins names this answer as stale. Switching periods keeps the
 * last figures on screen until the new ones arrive.
 */
export const useProgress = (query: ProgressQuery | undefined) =>
  useJournalQuery('progress:get', query ?? { to: '' }, {
    enabled: query !== undefined,
    placeholderData: keepPreviousData,
  });
