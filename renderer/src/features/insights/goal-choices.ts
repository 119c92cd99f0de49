import type { GoalSummary } from '../../../../shared/therapy/therapy-contract';
import { useJournalQuery } from '../../lib/query';

/** A goal an insight can be linked to, as the form and the filters offer it. */
export interface GoalChoice {
  id: string;
  title: string;
  achieved: boolean;
}

const choicesOf = (goals: GoalSummary[]): GoalChoice[] =>
  goals.map((goal) => ({ id: goal.id, title: goal.title, achieved: goal.status === 'achieved' }));

/**
 * The person's goals, or undefined until they are read (then the form has no goals section and
 * the screen no goal filter yet). The goals screen's answer, under the same key.
 */
export const useGoalChoices = (): GoalChoice[] | undefined =>
  useJournalQuery('goals:list', undefined, { select: choicesOf }).data;
