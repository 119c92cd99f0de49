import { useJournalMutation, useJournalQuery } from '../../lib/query';

/** Every check-in, oldest first. */
export const useCheckIns = () => useJournalQuery('checkIns:list', undefined);

export const useCreateCheckIn = () =>
  useJournalMutation('checkIns:create', { invalidates: ['checkIns:list'] });

export const useDeleteCheckIn = () =>
  useJournalMutation('checkIns:delete', { invalidates: ['checkIns:list'] });
