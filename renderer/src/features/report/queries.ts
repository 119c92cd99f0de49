import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import type { ReportQuery } from '../../../../shared/report/channels';
import { keyOf, useJournalQuery } from '../../lib/query';
import { useUpdateSettings } from '../settings/queries';

/**
 * The report as main assembles it. Every kind of record feeds it, and those are written on other
 * screens: it is asked afresh each time the screen opens, rather than named stale by every write.
 * Changing a choice keeps the last report on screen until the new one arrives.
 */
export const useReport = (query: ReportQuery | undefined) =>
  useJournalQuery('report:model', query ?? { range: 'all', sections: [] }, {
    enabled: query !== undefined,
    placeholderData: keepPreviousData,
    refetchOnMount: 'always',
  });

/** Saves a report default; one that changes what the report holds (the private figures) redoes it. */
export function useUpdateReportDefaults() {
  const client = useQueryClient();
  const update = useUpdateSettings();
  const save = (
    reportDefaults: NonNullable<Parameters<typeof update.mutate>[0]['reportDefaults']>,
  ) =>
    update.mutate(
      { reportDefaults },
      {
        onSuccess: () => {
          if (reportDefaults.leavePrivateOutOfCharts !== undefined) {
            void client.invalidateQueries({ queryKey: keyOf('report:model') });
          }
        },
      },
    );
  return { save, error: update.error };
}
