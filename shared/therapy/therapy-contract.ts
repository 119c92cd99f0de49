import { z } from 'zod';
import {
  arrivalSchema,
  currencySchema,
  defenceSchema,
  goalStatusSchema,
  homeworkStatusSchema,
  idSchema,
  insightKindSchema,
  instrumentSchema,
  localDaySchema,
  SAFETY_PLAN_ITEMS_MAX,
  SHORT_TEXT_MAX,
  safetyPlanSchema,
  toneSchema,
} from '../domain';
import type { CheckIn, Goal, Insight, InsightKind, Session, ShareLevel } from '../domain';
import type { Instrument } from './instruments';
import { monthCount, monthOfDay } from './month-range';

/*
 * Inputs (zod, checked in main) and outputs of the therapy layer's channels: insights, goals,
 * sessions, check-ins, the safety plan, and the figures of the Progress screen.
 */

const INSIGHT_NOTE_MAX = 10_000;
export const QUOTE_MAX = 10_000;
const LONG_TEXT_MAX = 100_000;
const trimmed = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);

// ---------------------------------------------------------------- insights

/**
 * What describes an insight. The refinements of the record hold here too, with messages a person
 * can act on: arrival and tone only on breakthroughs, a defence only on blockers.
 */
const insightFields = {
  kind: insightKindSchema,
  arrival: arrivalSchema.nullable().optional(),
  tone: toneSchema.nullable().optional(),
  defence: defenceSchema.nullable().optional(),
  intensity: z.int().min(0).max(10),
  note: trimmed(INSIGHT_NOTE_MAX),
  goalIds: z.array(idSchema).max(50),
  bringToSession: z.boolean(),
};

type DetailFields = {
  kind?: InsightKind;
  arrival?: unknown;
  tone?: unknown;
  defence?: unknown;
};

/** Refuses details that do not belong to the kind (null clears a detail and is always fine). */
export function insightDetailProblem(i: DetailFields): string | null {
  if (i.kind === undefined) return null;
  if (i.kind !== 'breakthrough' && (i.arrival != null || i.tone != null)) {
    return 'How it arrived and its tone describe breakthroughs only.';
  }
  if (i.kind !== 'blocker' && i.defence != null) {
    return 'What got in the way describes blockers only.';
  }
  return null;
}

/*
 * Whether the details fit the kind is checked in main with `insightDetailProblem`, not refined
 * here: a failed parse reaches the page only as "a request it does not understand", and the kind
 * to check a detail against may be the stored one (an update that sets only the tone).
 */
export const createInsightSchema = z.strictObject({
  entryId: idSchema,
  /** The marked passage's words as they were when marked; absent for a whole entry. */
  quote: required(QUOTE_MAX).optional(),
  ...insightFields,
});
export type CreateInsight = z.infer<typeof createInsightSchema>;

/**
 * Changing the kind clears the details that no longer apply (main does it, and says so in
 * `cleared`); setting a detail that does not belong to the (new) kind is refused.
 */
export const insightPatchSchema = z.strictObject({
  kind: insightKindSchema.optional(),
  arrival: arrivalSchema.nullable().optional(),
  tone: toneSchema.nullable().optional(),
  defence: defenceSchema.nullable().optional(),
  intensity: z.int().min(0).max(10).optional(),
  note: trimmed(INSIGHT_NOTE_MAX).optional(),
  goalIds: z.array(idSchema).max(50).optional(),
  bringToSession: z.boolean().optional(),
  /** The passage is gone from the entry: the insight keeps its quote, for the record. */
  quote: required(QUOTE_MAX).optional(),
});
export type InsightPatch = z.infer<typeof insightPatchSchema>;

export const insightFilterSchema = z.strictObject({
  kind: insightKindSchema.optional(),
  goalId: idSchema.optional(),
  entryId: idSchema.optional(),
  /** Local days, inclusive, of the entry the insight was marked in. */
  from: localDaySchema.optional(),
  to: localDaySchema.optional(),
  bringToSession: z.boolean().optional(),
  /** Marked to bring and not yet discussed in a session. */
  notDiscussed: z.boolean().optional(),
});
export type InsightFilter = z.infer<typeof insightFilterSchema>;

export const insightListQuerySchema = insightFilterSchema.extend({
  limit: z.int().min(1).max(500).default(100),
  /** How many of the newest to skip (the next page). */
  offset: z.int().min(0).default(0),
});
export type InsightListQuery = z.input<typeof insightListQuerySchema>;

/** An insight as screens show it: with its entry's day and title, and where its passage stands. */
export interface InsightView extends Insight {
  entryDate: string;
  entryTitle: string;
  entryShareLevel: ShareLevel;
  /** `marked`: the passage is highlighted in the entry; `removed`: its words were deleted. */
  passage: 'marked' | 'removed' | 'whole-entry';
  /** The day of the session it was discussed in, when it was. */
  discussedOn?: string;
}

export interface InsightPage {
  items: InsightView[];
  total: number;
  /** Insights per kind per month (`YYYY-MM`) over everything the filter matches. */
  monthly: Array<{ month: string; counts: Partial<Record<InsightKind, number>> }>;
}

export interface InsightUpdate {
  insight: InsightView;
  /** Details removed because the kind changed, for the page to say so. */
  cleared: Array<'arrival' | 'tone' | 'defence'>;
}

// ---------------------------------------------------------------- goals

export const createGoalSchema = z.strictObject({
  title: required(200),
  /** The person's own words; required, and never filled in by the app. */
  whatProgressLooksLike: required(LONG_TEXT_MAX),
});

export const goalPatchSchema = z.strictObject({
  title: required(200).optional(),
  whatProgressLooksLike: required(LONG_TEXT_MAX).optional(),
  status: goalStatusSchema.optional(),
});
export type GoalPatch = z.infer<typeof goalPatchSchema>;

export const goalStepSchemaIn = z.strictObject({ goalId: idSchema, text: required(500) });
export const goalStepPatchSchema = z.strictObject({
  goalId: idSchema,
  stepId: idSchema,
  text: required(500).optional(),
  done: z.boolean().optional(),
});

export interface GoalSummary extends Goal {
  insightCount: number;
  stepsDone: number;
}

/** A goal's page: the goal, its insights newest first, and its progress over time. */
export interface GoalDetail {
  goal: Goal;
  insights: InsightView[];
  /**
   * Month by month (`YYYY-MM`) from the goal's creation to now: steps done, and the small wins
   * and breakthroughs linked to it.
   */
  timeline: Array<{ month: string; stepsDone: number; smallWins: number; breakthroughs: number }>;
}

// ---------------------------------------------------------------- sessions

const moneyIn = z.strictObject({
  /** Integer minor units (cents): 90.00 EUR is 9000. */
  minorUnits: z.int().min(0).max(1_000_000_000),
  /** Absent: the currency chosen in Settings for new sessions. */
  currency: currencySchema.optional(),
});

const homeworkIn = z.strictObject({
  /** Present for an item that already exists (its id kept), absent for a new one. */
  id: idSchema.optional(),
  text: required(500),
  status: homeworkStatusSchema,
  note: trimmed(1000).optional(),
});

const sessionFields = {
  date: localDaySchema,
  durationMinutes: z.int().min(1).max(1440),
  cost: moneyIn.nullable().optional(),
  therapist: trimmed(200).optional(),
  reflection: trimmed(LONG_TEXT_MAX).optional(),
  homework: z.array(homeworkIn).max(50).optional(),
  /** Picked from the insights marked "bring to session"; they are marked discussed in it. */
  discussedInsightIds: z.array(idSchema).max(200).optional(),
};

export const createSessionSchema = z.strictObject(sessionFields);
export type CreateSession = z.infer<typeof createSessionSchema>;

export const sessionPatchSchema = z.strictObject({
  date: sessionFields.date.optional(),
  durationMinutes: sessionFields.durationMinutes.optional(),
  cost: sessionFields.cost,
  therapist: sessionFields.therapist,
  reflection: sessionFields.reflection,
  homework: sessionFields.homework,
  discussedInsightIds: sessionFields.discussedInsightIds,
});
export type SessionPatch = z.infer<typeof sessionPatchSchema>;

// ---------------------------------------------------------------- check-ins

export const createCheckInSchema = z
  .strictObject({
    instrument: instrumentSchema,
    answers: z.array(z.int().min(0).max(3)),
    difficulty: z.int().min(0).max(3).optional(),
    /** The local day it was taken: the page's today. */
    date: localDaySchema,
  })
  .superRefine((c, ctx) => {
    const count = c.instrument === 'PHQ-9' ? 9 : 7;
    if (c.answers.length !== count) {
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: `Answer all ${count} questions of the ${c.instrument}.`,
      });
    }
  });
export type CreateCheckIn = z.infer<typeof createCheckInSchema>;

// ---------------------------------------------------------------- at a glance

/** What the journal screen shows of therapy: the next session, homework, a check-in due. */
export interface TherapyGlance {
  nextSessionDate?: string;
  /** Homework still open from the most recent session, if any. */
  openHomework?: { sessionId: string; sessionDate: string; items: Session['homework'] };
  /** Instruments the person uses whose last check-in is 14 days old or more. */
  checkInsDue: Array<{ instrument: Instrument; lastDate: string }>;
}

// ---------------------------------------------------------------- progress

/** The longest period the Progress screen covers, in months (100 years). */
export const PROGRESS_MONTHS_MAX = 1200;

export const progressQuerySchema = z
  .strictObject({
    /** First local day; absent for "all time", which starts on the first day anything counts. */
    from: localDaySchema.optional(),
    to: localDaySchema,
  })
  .refine((q) => q.from === undefined || q.from <= q.to, {
    message: 'The period must end on or after its first day.',
  })
  .refine(
    (q) =>
      q.from === undefined ||
      monthCount(monthOfDay(q.from), monthOfDay(q.to)) <= PROGRESS_MONTHS_MAX,
    {
      message: 'Choose a period of up to 100 years.',
    },
  );
export type ProgressQuery = z.infer<typeof progressQuerySchema>;

/** Money per currency: totals are never mixed across currencies. */
export type MoneyTotals = Record<string, number>;

export interface ProgressMonth {
  /** `YYYY-MM`. */
  month: string;
  sessions: number;
  minutes: number;
  /** Per currency, in minor units. */
  spent: MoneyTotals;
  insightsByKind: Partial<Record<InsightKind, number>>;
  breakthroughs: number;
  stepsDone: number;
  goalsAchieved: number;
  homeworkSet: number;
  /** Tried or done. */
  homeworkAttempted: number;
  /** Mean mood (1–10) of the month's entries that have one; absent when none do. */
  meanMood?: number;
  /** Mean of each instrument's scores taken that month. */
  phq9?: number;
  gad7?: number;
  /** Thought records: mean drop in intensity from before to after re-rating, 0–100 points. */
  reratingDrop?: number;
  thoughtRecords: number;
}

export interface ProgressReport {
  /** The period's first and last local days (for "all time", the first day anything counts). */
  from: string;
  to: string;
  /** Whether the journal holds anything this screen counts, in any period. */
  journalHasData: boolean;
  months: ProgressMonth[];
  totals: {
    sessions: number;
    minutes: number;
    spent: MoneyTotals;
    /** Month by month, running totals of minutes and of money per currency. */
    cumulative: Array<{ month: string; minutes: number; spent: MoneyTotals }>;
    insightsByKind: Partial<Record<InsightKind, number>>;
    breakthroughs: number;
    stepsDone: number;
    goalsAchieved: number;
    homeworkSet: number;
    homeworkAttempted: number;
    meanMood?: number;
    thoughtRecords: number;
    reratingDrop?: number;
  };
  /** Every check-in in the period, oldest first, for the trend lines. */
  checkIns: Array<Pick<CheckIn, 'date' | 'instrument' | 'score' | 'band'>>;
}

// ---------------------------------------------------------------- safety plan

const planText = z.string().trim().max(SHORT_TEXT_MAX);
const planList = z.array(planText).max(SAFETY_PLAN_ITEMS_MAX);
const contactIn = z.strictObject({
  name: planText,
  phone: planText.optional(),
  note: planText.optional(),
});
const contactList = z.array(contactIn).max(SAFETY_PLAN_ITEMS_MAX);

/**
 * The whole plan as the screen holds it: empty lines and half-typed contacts are accepted here,
 * and main trims them and leaves the empty ones out (shared/therapy/safety-plan.ts), so what the
 * person is still typing never makes a save fail.
 */
export const safetyPlanInputSchema = z.strictObject({
  warningSigns: planList,
  copingSteps: planList,
  peopleAndPlaces: contactList,
  helpContacts: contactList,
  professionals: contactList,
  saferSurroundings: planList,
  mostImportant: planText,
});

export { safetyPlanSchema };
export type { CheckIn, Goal, Insight, Session };
