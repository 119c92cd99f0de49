import type { Goal } from '../../../shared/domain';
import type { Domain } from '../../ipc';
import type { EntriesClock } from '../entries/clock';
import { systemClock } from '../entries/clock';
import type { JournalSession } from '../vault/journal-session';
import { unchanged } from '../vault/journal-session';
import { copyGoal, deleteGoal, findGoal, findStep, patchedGoal, patchedStep } from './goal-records';
import { goalDetail, goalSummaries } from './goal-views';

/**
 * The goals channels. What progress looks like is the person's own words: required, and never
 * filled in here. A change that changes nothing costs no write.
 */
export function goalsDomain(session: JournalSession, clock: EntriesClock = systemClock): Domain {
  const at = () => clock.now().toISOString();
  return {
    name: 'goals',
    handlers: {
      'goals:list': () => session.read(goalSummaries),
      'goals:get': ({ id }) => session.read((doc) => goalDetail(doc, id, clock.now())),
      'goals:create': ({ title, whatProgressLooksLike }) => {
        const goal: Goal = {
          id: clock.newId(),
          title,
          whatProgressLooksLike,
          status: 'active',
          steps: [],
          createdAt: at(),
        };
        return session.change((doc) => {
          doc.goals.push(goal);
          return copyGoal(goal);
        });
      },
      'goals:update': ({ id, patch }) =>
        session.mutate(
          (doc) => {
            const goal = findGoal(doc, id);
            return patchedGoal(goal, patch, at()) ?? unchanged(copyGoal(goal));
          },
          (doc, next) => {
            Object.assign(findGoal(doc, id), next);
            return copyGoal(next);
          },
        ),
      'goals:delete': ({ id }) =>
        session.mutate(
          (doc) => void findGoal(doc, id),
          (doc) => deleteGoal(doc, id),
        ),
      'goals:addStep': ({ goalId, text }) => {
        const step = { id: clock.newId(), text, done: false };
        return session.mutate(
          (doc) => void findGoal(doc, goalId),
          (doc) => {
            const goal = findGoal(doc, goalId);
            goal.steps.push(step);
            return copyGoal(goal);
          },
        );
      },
      'goals:updateStep': ({ goalId, stepId, ...patch }) =>
        session.mutate(
          (doc) => {
            const goal = findGoal(doc, goalId);
            return patchedStep(findStep(goal, stepId), patch, at()) ?? unchanged(copyGoal(goal));
          },
          (doc, next) => {
            const goal = findGoal(doc, goalId);
            goal.steps = goal.steps.map((step) => (step.id === stepId ? next : step));
            return copyGoal(goal);
          },
        ),
      'goals:removeStep': ({ goalId, stepId }) =>
        session.mutate(
          (doc) => void findStep(findGoal(doc, goalId), stepId),
          (doc) => {
            const goal = findGoal(doc, goalId);
            goal.steps = goal.steps.filter((step) => step.id !== stepId);
            return copyGoal(goal);
          },
        ),
    },
  };
}
