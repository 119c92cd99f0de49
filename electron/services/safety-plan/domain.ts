import { cleanSafetyPlan, safetyPlanProblem } from '../../../shared/therapy/safety-plan';
import { ServiceError } from '../../errors';
import type { Domain } from '../../ipc';
import type { JournalSession } from '../vault/journal-session';
import { unchanged } from '../vault/journal-session';

/** The person's safety plan, kept in the settings and replaced as a whole by the screen. */
export function safetyPlanDomain(session: JournalSession): Domain {
  return {
    name: 'safety-plan',
    handlers: {
      'safetyPlan:get': () => session.read((doc) => structuredClone(doc.settings.safetyPlan)),
      'safetyPlan:update': (draft) => {
        const plan = cleanSafetyPlan(draft);
        return session.mutate(
          (doc) => {
            const problem = safetyPlanProblem(draft);
            if (problem) throw new ServiceError('BAD_INPUT', problem);
            // Autosave sends the plan again after edits that clean away (a blank line added):
            // the same plan costs no write.
            const same = JSON.stringify(doc.settings.safetyPlan) === JSON.stringify(plan);
            return same ? unchanged(structuredClone(plan)) : undefined;
          },
          (doc) => {
            doc.settings.safetyPlan = plan;
            return structuredClone(plan);
          },
        );
      },
    },
  };
}
