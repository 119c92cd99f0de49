import type { ChannelName } from '../../../../shared/contract';
import { useJournalMutation } from '../../lib/query';

/** Renaming or deleting a tag changes it in every entry that has it: each is one save. */
export const tagWrites: ChannelName[] = [
  'tags:list',
  'entries:list',
  'entries:get',
  'entries:trash',
];

export const useRenameTag = () => useJournalMutation('tags:rename', { invalidates: tagWrites });
export const useDeleteTag = () => useJournalMutation('tags:delete', { invalidates: tagWrites });
