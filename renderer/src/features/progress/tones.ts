import type { InsightKind } from '../../../../shared/domain/records';

/** The chart colours Chart.module.css defines, each in a light and a dark variant. */
export type Tone =
  | 'accent'
  | 'amber'
  | 'blue'
  | 'ink'
  | 'breakthrough'
  | 'pattern'
  | 'smallWin'
  | 'copingSkill'
  | 'setback'
  | 'blocker'
  | 'question';

export const KIND_TONES: Record<InsightKind, Tone> = {
  breakthrough: 'breakthrough',
  pattern: 'pattern',
  'small-win': 'smallWin',
  'coping-skill': 'copingSkill',
  setback: 'setback',
  blocker: 'blocker',
  question: 'question',
};
