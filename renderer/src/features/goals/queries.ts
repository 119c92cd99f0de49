import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ChannelName } from '../../../../shared/contract';
import type { Goal } from '../../../../shared/domain/records';
import type { GoalDetail } from '../../../../shared/therapy/therapy-contract';
import { keyOf, useJournalMutation, useJournalQuery } from '../../lib/query';

/*
 * Goals show insights, which change on other screens (marked, linked, discussed, their entry
 * edited or trashed): those screens' writes name the goals' answers as stale too.
 */
export const useGoals = () => useJournalQuery('goals:list', undefined);
export const useGoal = (id: string) => useJournalQuery('goals:get', { id });

/** What a change to a goal or its steps makes stale: Progress counts steps done and goals achieved. */
export const goalReads: ChannelName[] = ['goals:list', 'goals:get', 'progress:get'];

/** Deleting a goal also unlinks it from its insights. */
export const goalDeleteReads: ChannelName[] = [...goalReads, 'insights:list', 'insights:get'];

/** Shows a change to a goal on its page at once: a ticked box or a chosen status stays put. */
function showGoal(client: QueryClient, id: string, change: (goal: Goal) => Goal): void {
  client.setQueryData<GoalDetail>(keyOf('goals:get', { id }), (detail) =>
    detail ? { ...detail, goal: change(detail.goal) } : detail,
  );
}

export const useCreateGoal = () => useJournalMutation('goals:create', { invalidates: goalReads });
export const useAddStep = () => useJournalMutation('goals:addStep', { invalidates: goalReads });
export const useRemoveStep = () =>
  useJournalMutation('goals:removeStep', { invalidates: goalReads });

export function useUpdateGoal() {
  const client = useQueryClient();
  return useJournalMutation('goals:update', {
    invalidates: goalReads,
    onMutate: ({ id, patch }) => showGoal(client, id, (goal) => ({ ...goal, ...patch })),
    onSuccess: (saved) => showGoal(client, saved.id, () => saved),
  });
}

export function useUpdateStep() {
  const client = useQueryClient();
  return useJournalMutation('goals:updateStep', {
    invalidates: goalReads,
    onMutate: ({ goalId, stepId, done, text }) =>
      showGoal(client, goalId, (goal) => ({
        ...goal,
        steps: goal.steps.map((step) =>
          step.id === stepId ? { ...step, done: done ?? step.done, text: text ?? step.text } : step,
        ),
      })),
    onSuccess: (saved) => showGoal(client, saved.id, () => saved),
  });
}

export const useDeleteGoal = () =>
  useJournalMutation('goals:delete', { invalidates: goalDeleteReads });
