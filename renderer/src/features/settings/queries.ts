import { useQueryClient } from '@tanstack/react-query';
import { keyOf, useJournalMutation, useJournalQuery } from '../../lib/query';

/** The journal's settings, read once after unlock; every screen shares this one answer. */
export const useSettings = () => useJournalQuery('settings:get', undefined);

/** Saves settings field by field; the main process's answer (the saved settings) is shown. */
export function useUpdateSettings() {
  const client = useQueryClient();
  return useJournalMutation('settings:update', {
    onSuccess: (saved) => client.setQueryData(keyOf('settings:get'), saved),
  });
}

export const usePromptsList = () => useJournalQuery('prompts:list', undefined);
export const useAddPrompt = () =>
  useJournalMutation('prompts:add', { invalidates: ['prompts:list'] });
export const useRemovePrompt = () =>
  useJournalMutation('prompts:remove', { invalidates: ['prompts:list'] });
export const useBackups = () => useJournalQuery('vault:backups', undefined);
export const useRestoreBackup = () => useJournalMutation('vault:restoreBackup');
/** Deleting the backups of earlier keys also makes today's backup again: the list changes. */
export const useDeleteEarlierBackups = () =>
  useJournalMutation('vault:deleteEarlierBackups', { invalidates: ['vault:backups'] });
export const useRegenerateRecoveryKey = () => useJournalMutation('vault:regenerateRecoveryKey');
