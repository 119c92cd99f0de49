import type { Goal, GoalStep, JournalDocument } from '../../../shared/domain';
import type { GoalPatch } from '../../../shared/therapy/therapy-contract';
import { ServiceError } from '../../errors';

export function findGoal<D extends Readonly<JournalDocument>>(
  doc: D,
  id: string,
): D['goals'][number] {
  const goal = doc.goals.find((g) => g.id === id);
  if (!goal) throw new ServiceError('NOT_FOUND', 'That goal no longer exists.');
  return goal;
}

export function findStep(goal: Readonly<Goal>, stepId: string): Readonly<GoalStep> {
  const step = goal.steps.find((s) => s.id === stepId);
  if (!step) throw new ServiceError('NOT_FOUND', 'That step no longer exists.');
  return step;
}

/** A copy safe to hand across IPC: later changes to the document do not reach it. */
export const copyGoal = (goal: Readonly<Goal>): Goal => structuredClone(goal) as Goal;

/**
 * What the goal becomes under `patch`, or null when nothing would change. Becoming achieved
 * stamps `achievedAt`; reopening keeps it, so a report can still say when it was reached.
 */
export function patchedGoal(goal: Readonly<Goal>, patch: GoalPatch, at: string): Goal | null {
  const next = copyGoal(goal);
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.whatProgressLooksLike !== undefined) {
    next.whatProgressLooksLike = patch.whatProgressLooksLike;
  }
  if (patch.status !== undefined && patch.status !== goal.status) {
    next.status = patch.status;
    if (patch.status === 'achieved') next.achievedAt = at;
  }
  const same =
    next.title === goal.title &&
    next.whatProgressLooksLike === goal.whatProgressLooksLike &&
    next.status === goal.status;
  return same ? null : next;
}

/**
 * The step under a change of text or done-ness, or null when nothing would change. Done stamps
 * `doneAt`; undone clears it (the step is simply not done yet).
 */
export function patchedStep(
  step: Readonly<GoalStep>,
  patch: { text?: string; done?: boolean },
  at: string,
): GoalStep | null {
  const next: GoalStep = { ...step };
  if (patch.text !== undefined) next.text = patch.text;
  if (patch.done === true && !step.done) {
    next.done = true;
    next.doneAt = at;
  } else if (patch.done === false && step.done) {
    next.done = false;
    delete next.doneAt;
  }
  return next.text === step.text && next.done === step.done ? null : next;
}

/** Removes the goal; its insights are kept and only forget the link, trash included. */
export function deleteGoal(doc: JournalDocument, id: string): void {
  doc.goals = doc.goals.filter((goal) => goal.id !== id);
  for (const insight of doc.insights) {
    if (insight.goalIds.includes(id)) {
      insight.goalIds = insight.goalIds.filter((goalId) => goalId !== id);
    }
  }
}
