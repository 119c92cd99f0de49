import type { ChannelName } from '../../../../shared/contract';
import { useJournalMutation, useJournalQuery } from '../../lib/query';

/** What taking or deleting a check-in makes stale: the glance says when one is due. */
export const checkInReads: ChannelName[] = ['checkIns:list', 'therapy:glance', 'progress:get'];

/** Every check-in, oldest first. */
export const useCheckIns = () => useJournalQuery('checkIns:list', undefined);

export const useCreateCheckIn = () =>
  useJournalMutation('checkIns:create', { invalidates: checkInReads });

export const useDeleteCheckIn = () =>
  useJournalMutation('checkIns:delete', { invalidates: checkInReads });
