import { useQueryClient } from '@tanstack/react-query';
import type { ChannelName } from '../../../../shared/contract';
import type { Homework, Session } from '../../../../shared/domain/records';
import { keyOf, useJournalMutation, useJournalQueries, useJournalQuery } from '../../lib/query';

export const useSessions = () => useJournalQuery('sessions:list', undefined);
export const useSession = (id: string) => useJournalQuery('sessions:get', { id });

/**
 * The journal screen's glance counts days from today ("next session in 3 days", a check-in due
 * after 14), so it is asked again whenever the journal screen opens, besides being marked stale
 * by every write it reads (sessions, check-ins, the next session date).
 */
export const useTherapyGlance = () =>
  useJournalQuery('therapy:glance', undefined, { refetchOnMount: 'always' });

/** Insights marked "bring to session" and not yet discussed in any session, newest first. */
export const useInsightsToDiscuss = () =>
  useJournalQuery('insights:list', { bringToSession: true, notDiscussed: true, limit: 500 });

/** The insights with these ids (those discussed in a session), in the order given. */
export const useInsightsById = (ids: readonly string[]) =>
  useJournalQueries(
    'insights:get',
    ids.map((id) => ({ id })),
  );

/**
 * What a session's change makes stale: the glance (its homework), the insights discussed in it
 * (shown on goals too), and Progress (time, money, homework).
 */
export const sessionReads: ChannelName[] = [
  'sessions:list',
  'sessions:get',
  'therapy:glance',
  'insights:list',
  'insights:get',
  'goals:get',
  'progress:get',
];

export const useCreateSession = () =>
  useJournalMutation('sessions:create', { invalidates: sessionReads });

export function useUpdateSession() {
  const client = useQueryClient();
  const show = (id: string, change: (session: Session) => Session) =>
    client.setQueryData<Session>(keyOf('sessions:get', { id }), (s) => (s ? change(s) : s));
  return useJournalMutation('sessions:update', {
    invalidates: sessionReads,
    // A homework status chosen on the session's page shows at once; new items wait for their ids.
    onMutate: ({ id, patch }) => {
      const homework = patch.homework;
      if (homework?.every((item): item is Homework => item.id !== undefined)) {
        show(id, (session) => ({ ...session, homework }));
      }
    },
    onSuccess: (saved) => show(saved.id, () => saved),
  });
}

export const useDeleteSession = () =>
  useJournalMutation('sessions:delete', { invalidates: sessionReads });
