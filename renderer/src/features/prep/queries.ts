import type { ChannelName } from '../../../../shared/contract';
import { useJournalMutation, useJournalQuery } from '../../lib/query';

/**
 * The draft reads nearly everything (entries, insights, sessions, check-ins, goals, the next
 * session date) and counts from today, so it is asked again each time the screen opens rather
 * than invalidated by every write in the app.
 */
export const usePrepDraft = (date?: string) =>
  useJournalQuery('prep:draft', date ? { date } : {}, { refetchOnMount: 'always' });

/** Saving a prep note writes (or creates) a session. */
const prepWrites: ChannelName[] = [
  'prep:draft',
  'sessions:list',
  'sessions:get',
  'therapy:glance',
  'progress:get',
];

export const useSavePrep = () => useJournalMutation('prep:save', { invalidates: prepWrites });
