import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SafetyPlanDraft } from '../../../../shared/therapy/safety-plan';
import { call } from '../../lib/call';
import { invalidate, keyOf, useJournalQuery } from '../../lib/query';

/** The person's safety plan, as stored (the screen, and the card a PHQ-9 answer brings up). */
export const useSafetyPlan = () => useJournalQuery('safetyPlan:get', undefined);

/**
 * Replaces the stored plan and puts main's answer (the plan cleaned of empty lines) in the cache.
 * Not a mutation hook: the autosave keeps one writer for the life of the screen.
 */
export function useWriteSafetyPlan(): (draft: SafetyPlanDraft) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (draft) => {
      const saved = await call('safetyPlan:update', draft);
      client.setQueryData(keyOf('safetyPlan:get'), saved);
      // The settings carry the plan too.
      invalidate(client, ['settings:get']);
    },
    [client],
  );
}
