import { useJournalMutation } from '../../lib/query';

/** Renaming or deleting a tag changes it in every entry that has it: each is one save. */
const tagWrites = ['tags:list', 'entries:list', 'entries:get', 'entries:trash'] as const;

export const useRenameTag = () =>
  useJournalMutation('tags:rename', { invalidates: [...tagWrites] });
export const useDeleteTag = () =>
  useJournalMutation('tags:delete', { invalidates: [...tagWrites] });
