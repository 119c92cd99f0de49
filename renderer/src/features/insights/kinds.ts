import { insightKindSchema } from '../../../../shared/domain/records';
import type { InsightKind } from '../../../../shared/domain/records';

/* The kinds of insight as every screen names them: one place, so a kind reads the same everywhere. */

/** The kinds in the order forms, filters and charts list them (the schema's). */
export const kindOrder: readonly InsightKind[] = insightKindSchema.options;

/** One insight's kind: "Small win". */
export const kindLabel: Readonly<Record<InsightKind, string>> = {
  breakthrough: 'Breakthrough',
  pattern: 'Pattern',
  'small-win': 'Small win',
  'coping-skill': 'Coping skill',
  setback: 'Setback',
  blocker: 'Blocker',
  question: 'Question',
};

/** A count's kind, for chart legends and table columns: "Small wins". */
export const kindPluralLabel: Readonly<Record<InsightKind, string>> = {
  breakthrough: 'Breakthroughs',
  pattern: 'Patterns',
  'small-win': 'Small wins',
  'coping-skill': 'Coping skills',
  setback: 'Setbacks',
  blocker: 'Blockers',
  question: 'Questions',
};
