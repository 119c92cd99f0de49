import type { InsightKind } from '../../../../shared/domain/records';

/** How each kind of insight reads on screen. */
export const insightKindLabel: Readonly<Record<InsightKind, string>> = {
  breakthrough: 'Breakthrough',
  pattern: 'Pattern',
  'small-win': 'Small win',
  'coping-skill': 'Coping skill',
  setback: 'Setback',
  blocker: 'Blocker',
  question: 'Question',
};
