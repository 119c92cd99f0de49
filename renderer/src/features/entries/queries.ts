import type { QueryClient } from '@tanstack/react-query';
import type { ChannelName } from '../../../../shared/contract';
import type { Entry, EntryFilter } from '../../../../shared/entries/entry-contract';
import {
  invalidate,
  keyOf,
  useJournalMutation,
  useJournalQuery,
  usePagedJournalQuery,
} from '../../lib/query';

const PAGE = 200;

/**
 * What a change to an entry's words, date, mood or tags makes stale. Insights (on their screen
 * and on goals) show their entry's day and title and whether their passage is still marked;
 * Progress counts moods and thought records by the entry's day.
 */
export const entryReads: ChannelName[] = [
  'entries:list',
  'entries:calendar',
  'entries:trash',
  'tags:list',
  'insights:list',
  'insights:get',
  'goals:get',
  'progress:get',
];

/** Trashing or restoring an entry hides or brings back its insights, which goals count. */
export const entryRemovalReads: ChannelName[] = [...entryReads, 'entries:get', 'goals:list'];

/** Purging also takes its insights off the sessions they were discussed in. */
export const entryPurgeReads: ChannelName[] = [
  ...entryRemovalReads,
  'sessions:list',
  'sessions:get',
];

/** The timeline (or search results) for a filter, a page at a time as the person scrolls. */
export const useEntryList = (filter: EntryFilter) =>
  usePagedJournalQuery('entries:list', filter, PAGE);

/** One entry, also in the trash. */
export const useEntry = (id: string | undefined) =>
  useJournalQuery('entries:get', { id: id ?? '' }, { enabled: Boolean(id) });

export const useTags = () => useJournalQuery('tags:list', undefined);
export const usePrompts = () => useJournalQuery('prompts:list', undefined);
export const useTrash = () => useJournalQuery('entries:trash', undefined);

export const useCalendar = (filter: EntryFilter & { from: string; to: string }) =>
  useJournalQuery('entries:calendar', filter);

/** After a save: the editor's own copy is the answer; the lists around it are stale. */
export function entrySaved(client: QueryClient, entry: Entry): void {
  client.setQueryData(keyOf('entries:get', { id: entry.id }), entry);
  invalidate(client, entryReads);
}

export const useCreateEntry = () =>
  useJournalMutation('entries:create', {
    invalidates: entryReads,
  });

export const useDeleteEntry = () =>
  useJournalMutation('entries:delete', { invalidates: entryRemovalReads });

export const useRestoreEntry = () =>
  useJournalMutation('entries:restore', { invalidates: entryRemovalReads });

export const usePurgeEntry = () =>
  useJournalMutation('entries:purge', { invalidates: entryPurgeReads });
