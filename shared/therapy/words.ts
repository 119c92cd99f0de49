import type { HomeworkStatus, InsightKind } from '../domain';
import type { defenceSchema } from '../domain/records';
import type { z } from 'zod';

/*
 * The words every screen and every printout uses for kinds, defences and homework: one place, so
 * a prep note says what the Insights and Sessions screens say.
 */

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

/** A count's or a group's kind: "Small wins". */
export const kindPluralLabel: Readonly<Record<InsightKind, string>> = {
  breakthrough: 'Breakthroughs',
  pattern: 'Patterns',
  'small-win': 'Small wins',
  'coping-skill': 'Coping skills',
  setback: 'Setbacks',
  blocker: 'Blockers',
  question: 'Questions',
};

/** What got in the way, as a blocker names it. */
export const defenceLabel: Readonly<Record<z.infer<typeof defenceSchema>, string>> = {
  avoidance: 'Avoidance',
  'not-truthful': 'Not being fully truthful',
  'overly-logical': 'Overly logical',
  'therapist-fit': 'Fit with the therapist',
  other: 'Other',
};

export const homeworkStatusLabel: Readonly<Record<HomeworkStatus, string>> = {
  open: 'Open',
  tried: 'Tried',
  done: 'Done',
  skipped: 'Skipped',
};
