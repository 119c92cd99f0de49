import { useQueryClient } from '@tanstack/react-query';
import { useJournalMutation } from '../../lib/query';

/** Opens main's own file dialog; answers null when the person cancels it. */
export const useChooseImport = () => useJournalMutation('import:choose');

/** Reads the chosen file in main; changes nothing in the journal. */
export const usePreviewImport = () => useJournalMutation('import:preview');

/**
 * Brings the previewed entries in. They reach every reading of the journal (the timeline, tags,
 * moods, reports, the backups list), so every answer is marked stale rather than a list of them
 * that the next screen would outgrow.
 */
export function useCommitImport() {
  const client = useQueryClient();
  return useJournalMutation('import:commit', {
    onSuccess: (result) => {
      if (result.added > 0) void client.invalidateQueries();
    },
  });
}
