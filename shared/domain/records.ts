import { z } from 'zod';
import { bandOf } from '../therapy/instruments';
import {
  MARKDOWN_MAX,
  SHORT_TEXT_MAX,
  currencySchema,
  idSchema,
  localDaySchema,
  markdownSchema,
  shortTextSchema,
  timestampSchema,
} from './primitives';
import {
  every,
  intBetween,
  isId,
  isLocalDay,
  isThoughtRecord,
  isTimestamp,
  maxLength,
  withRules,
} from './rules';

/** What any report may print of an entry: `private` never, `summary` no body, `full` all. */
export const shareLevelSchema = z.enum(['private', 'summary', 'full']);
export type ShareLevel = z.infer<typeof shareLevelSchema>;

// Entries and insights number in the thousands: their field rules are predicates (see rules.ts).
export const entrySchema = withRules(
  z.object({
    id: z.string(),
    /** Local day, `YYYY-MM-DD`. */
    date: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    title: z.string(),
    body: z.string(),
    /** 1–10, whole numbers. */
    mood: z.number().optional(),
    /** Up to 100 tags of 1–64 characters. */
    tags: z.array(z.string()),
    shareLevel: shareLevelSchema,
    promptId: z.string().optional(),
    /** Set while the entry is in the trash; it is removed for good 30 days later. */
    deletedAt: z.string().optional(),
    /** Written from the thought-record template: its emotions rated before and after. */
    thoughtRecord: z
      .object({
        emotions: z.array(
          z.object({
            name: z.string(),
            /** 0–100, whole numbers. */
            before: z.number(),
            after: z.number().optional(),
          }),
        ),
      })
      .optional(),
  }),
  {
    id: isId,
    date: isLocalDay,
    createdAt: isTimestamp,
    updatedAt: isTimestamp,
    title: maxLength(SHORT_TEXT_MAX),
    body: maxLength(MARKDOWN_MAX),
    mood: intBetween(1, 10),
    tags: every((tag: string) => tag.length >= 1 && tag.length <= 64, 100),
    promptId: isId,
    deletedAt: isTimestamp,
    thoughtRecord: isThoughtRecord,
  },
);
export type Entry = z.infer<typeof entrySchema>;

/** A reflection prompt the person wrote; the built-in ones live in code, not in the document. */
export const customPromptSchema = z.object({
  id: idSchema,
  text: z.string().min(1).max(500),
  createdAt: timestampSchema,
});
export type CustomPrompt = z.infer<typeof customPromptSchema>;

export const insightKindSchema = z.enum([
  'breakthrough',
  'pattern',
  'small-win',
  'coping-skill',
  'setback',
  'blocker',
  'question',
]);
export type InsightKind = z.infer<typeof insightKindSchema>;

/** How a breakthrough arrived: understood (cognitive) or felt in the body (visceral). */
export const arrivalSchema = z.enum(['cognitive', 'visceral']);
/** Uncomfortable realisations count as progress too. */
export const toneSchema = z.enum(['hopeful', 'uncomfortable']);
export const defenceSchema = z.enum([
  'avoidance',
  'not-truthful',
  'overly-logical',
  'therapist-fit',
  'other',
]);

export const insightSchema = withRules(
  z.object({
    id: z.string(),
    entryId: z.string(),
    quote: z.string().optional(),
    note: z.string(),
    kind: insightKindSchema,
    /** Breakthroughs only. */
    arrival: arrivalSchema.optional(),
    /** Breakthroughs only. */
    tone: toneSchema.optional(),
    /** Blockers only. */
    defence: defenceSchema.optional(),
    /** 0–10, whole numbers. */
    intensity: z.number(),
    goalIds: z.array(z.string()),
    bringToSession: z.boolean(),
    discussedInSessionId: z.string().optional(),
    createdAt: z.string(),
  }),
  {
    id: isId,
    entryId: isId,
    quote: maxLength(MARKDOWN_MAX),
    note: maxLength(MARKDOWN_MAX),
    intensity: intBetween(0, 10),
    goalIds: every(isId),
    discussedInSessionId: isId,
    createdAt: isTimestamp,
  },
)
  // Arrival and tone describe breakthroughs only, a defence describes blockers only: a stray
  // value left behind after the kind changed would show up in reports under the wrong heading.
  .refine((i) => i.kind === 'breakthrough' || (i.arrival === undefined && i.tone === undefined), {
    message: 'arrival and tone belong to breakthroughs',
  })
  .refine((i) => i.kind === 'blocker' || i.defence === undefined, {
    message: 'defence belongs to blockers',
  });
export type Insight = z.infer<typeof insightSchema>;

export const goalStepSchema = z.object({
  id: idSchema,
  text: shortTextSchema,
  done: z.boolean(),
  doneAt: timestampSchema.optional(),
});
export type GoalStep = z.infer<typeof goalStepSchema>;

export const goalStatusSchema = z.enum(['active', 'paused', 'achieved']);
export type GoalStatus = z.infer<typeof goalStatusSchema>;

export const goalSchema = z.object({
  id: idSchema,
  title: shortTextSchema,
  /** The person's own words; the app never substitutes a definition of progress. */
  whatProgressLooksLike: markdownSchema,
  status: goalStatusSchema,
  steps: z.array(goalStepSchema),
  createdAt: timestampSchema,
  /** When it was last marked achieved; kept if it is reopened, so reports can count it then. */
  achievedAt: timestampSchema.optional(),
});
export type Goal = z.infer<typeof goalSchema>;

/** Money in integer minor units (cents…) so that totals never drift by float rounding. */
export const moneySchema = z.object({
  minorUnits: z.int().min(0),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;

export const homeworkStatusSchema = z.enum(['open', 'tried', 'done', 'skipped']);
export type HomeworkStatus = z.infer<typeof homeworkStatusSchema>;

export const homeworkSchema = z.object({
  id: idSchema,
  text: shortTextSchema,
  status: homeworkStatusSchema,
  note: shortTextSchema.optional(),
});
export type Homework = z.infer<typeof homeworkSchema>;

/**
 * The free fields of a prep note and the person's edited draft, kept beside the Markdown note so
 * that the Prepare screen can reopen them as fields (optional: sessions logged without a prep
 * note, and every session from before, have none, so no migration is needed).
 */
export const sessionPrepSchema = z.object({
  oneThing: shortTextSchema,
  topics: z.array(shortTextSchema),
  aboutTherapy: markdownSchema,
  draft: markdownSchema,
  savedAt: timestampSchema,
});
export type SessionPrep = z.infer<typeof sessionPrepSchema>;

export const sessionSchema = z.object({
  id: idSchema,
  date: localDaySchema,
  durationMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  cost: moneySchema.optional(),
  therapist: shortTextSchema.optional(),
  prepNote: markdownSchema,
  reflection: markdownSchema,
  homework: z.array(homeworkSchema),
  discussedInsightIds: z.array(idSchema),
  prep: sessionPrepSchema.optional(),
});
export type Session = z.infer<typeof sessionSchema>;

/** Questions per self-check instrument; each answer is 0–3 on both. */
export const instrumentQuestionCount = { 'PHQ-9': 9, 'GAD-7': 7 } as const;

export const instrumentSchema = z.enum(['PHQ-9', 'GAD-7']);
export const bandSchema = z.enum(['minimal', 'mild', 'moderate', 'moderately-severe', 'severe']);

/** A self-check, never a diagnosis. Score and band are stored as computed when it was taken. */
export const checkInSchema = z
  .object({
    id: idSchema,
    date: localDaySchema,
    instrument: instrumentSchema,
    answers: z.array(z.int().min(0).max(3)),
    score: z.int().min(0).max(27),
    /** Since schema version 3. */
    band: bandSchema,
    /** The unscored last question, 0–3 (since schema version 3; it may be left unanswered). */
    difficulty: z.int().min(0).max(3).optional(),
    createdAt: timestampSchema.optional(),
  })
  .refine((c) => c.answers.length === instrumentQuestionCount[c.instrument], {
    message: 'answer count does not match the instrument',
  })
  .refine((c) => c.score === c.answers.reduce((sum, a) => sum + a, 0), {
    message: 'score is not the sum of the answers',
  })
  .refine((c) => c.band === bandOf(c.instrument, c.score), {
    message: 'band does not match the score',
  });
export type CheckIn = z.infer<typeof checkInSchema>;
