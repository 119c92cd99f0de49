import { useQueryClient } from '@tanstack/react-query';
import type { Settings } from '../../../../shared/domain/settings';
import { keyOf, useJournalMutation, useJournalQuery } from '../../lib/query';

/** The journal's settings, read once after unlock; every screen shares this one answer. */
export const useSettings = () => useJournalQuery('settings:get', undefined);

/** Saves settings field by field; the main process's answer (the saved settings) is shown. */
/** Changes sent so far: only the answer to the newest may replace what the screen shows. */
let sent = 0;
const order = new WeakMap<object, number>();

export function useUpdateSettings() {
  const client = useQueryClient();
  return useJournalMutation('settings:update', {
    onMutate: (patch) => {
      order.set(patch, ++sent);
      client.setQueryData<Settings>(keyOf('settings:get'), (current) => {
        if (!current) return current;
        const { nextSessionDate, reportDefaults, ...rest } = patch;
        const next: Settings = { ...current, ...rest };
        // Report defaults are merged field by field, as main merges them; a null paper size
        // goes back to the locale's.
        if (reportDefaults) {
          const { paperSize, ...fields } = reportDefaults;
          next.reportDefaults = { ...current.reportDefaults, ...fields };
          if (paperSize === null) delete next.reportDefaults.paperSize;
          else if (paperSize !== undefined) next.reportDefaults.paperSize = paperSize;
        }
        if (nextSessionDate === null) delete next.nextSessionDate;
        else if (nextSessionDate !== undefined) next.nextSessionDate = nextSessionDate;
        return next;
      });
    },
    // An older change answering late would put back a choice the person has since replaced.
    onSuccess: (saved, patch) => {
      if (order.get(patch) === sent) client.setQueryData(keyOf('settings:get'), saved);
      // The journal screen's glance shows the next session.
      if (patch.nextSessionDate !== undefined) {
        void client.invalidateQueries({ queryKey: keyOf('therapy:glance') });
      }
    },
    // Refused: show what the journal really holds, not the change that did not take.
    onError: () => void client.invalidateQueries({ queryKey: keyOf('settings:get') }),
  });
}

export const usePromptsList = () => useJournalQuery('prompts:list', undefined);
export const useAddPrompt = () =>
  useJournalMutation('prompts:add', { invalidates: ['prompts:list'] });
export const useRemovePrompt = () =>
  useJournalMutation('prompts:remove', { invalidates: ['prompts:list'] });
export const useBackups = () => useJournalQuery('vault:backups', undefined);
export const useBackupStatus = () => useJournalQuery('vault:backupStatus', undefined);
export const useRestoreBackup = () => useJournalMutation('vault:restoreBackup');
/** Deleting the backups of earlier keys also makes today's backup again: the list changes. */
export const useDeleteEarlierBackups = () =>
  useJournalMutation('vault:deleteEarlierBackups', {
    invalidates: ['vault:backups', 'vault:backupStatus'],
  });
export const useRegenerateRecoveryKey = () => useJournalMutation('vault:regenerateRecoveryKey');
