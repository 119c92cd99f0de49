import type { HomeworkStatus, InsightKind } from '../domain';
import type { SharedInsight } from './share-rule';

/*
 * The person-facing words a printed prep note uses for kinds, defences and homework statuses:
 * the same words the Insights and Sessions screens show (renderer/src/features/insights/kinds.ts,
 * insight-words.ts, sessions/session-format.ts), kept here because shared/ cannot import them.
 */

export const kindPlural: Readonly<Record<InsightKind, string>> = {
  breakthrough: 'Breakthroughs',
  pattern: 'Patterns',
  'small-win': 'Small wins',
  'coping-skill': 'Coping skills',
  setback: 'Setbacks',
  blocker: 'Blockers',
  question: 'Questions',
};

export const defenceWords: Readonly<Record<NonNullable<SharedInsight['defence']>, string>> = {
  avoidance: 'Avoidance',
  'not-truthful': 'Not being fully truthful',
  'overly-logical': 'Overly logical',
  'therapist-fit': 'Fit with the therapist',
  other: 'Other',
};

export const homeworkWords: Readonly<Record<HomeworkStatus, string>> = {
  open: 'Open',
  tried: 'Tried',
  done: 'Done',
  skipped: 'Skipped',
};

export const arrivalWords: Readonly<Record<NonNullable<SharedInsight['arrival']>, string>> = {
  cognitive: 'understood',
  visceral: 'felt',
};
