import { z } from 'zod';
import { SHORT_TEXT_MAX, currencySchema, localDaySchema, shortTextSchema } from './primitives';

export const themeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

export const weekStartSchema = z.enum(['monday', 'sunday', 'saturday']);
export type WeekStart = z.infer<typeof weekStartSchema>;

export const reportRangeSchema = z.enum([
  'since-last-session',
  'last-30-days',
  'last-90-days',
  'all',
]);
export type ReportRange = z.infer<typeof reportRangeSchema>;

/** The parts a progress report can hold, in the order it prints them. */
export const reportSectionSchema = z.enum([
  'summary',
  'mood',
  'check-ins',
  'insights',
  'wins',
  'goals',
  'sessions',
  'homework',
  'own-words',
]);
export type ReportSection = z.infer<typeof reportSectionSchema>;
export const REPORT_SECTIONS: readonly ReportSection[] = reportSectionSchema.options;

export const paperSizeSchema = z.enum(['A4', 'Letter']);
export type PaperSize = z.infer<typeof paperSizeSchema>;

export const reportDefaultsSchema = z.object({
  range: reportRangeSchema,
  /** The sections last chosen (since schema version 4), each once. */
  sections: z
    .array(reportSectionSchema)
    .refine((sections) => new Set(sections).size === sections.length, 'sections repeat'),
  /** The paper last chosen; absent until then, when the system locale decides. */
  paperSize: paperSizeSchema.optional(),
  /** "Leave private entries out of charts too": then they contribute no figure either. */
  leavePrivateOutOfCharts: z.boolean(),
});
export type ReportDefaults = z.infer<typeof reportDefaultsSchema>;

/** Items per safety-plan section: a plan is read in a hard moment, so it stays short. */
export const SAFETY_PLAN_ITEMS_MAX = 50;

const planItemSchema = z.string().min(1).max(SHORT_TEXT_MAX);

export const safetyContactSchema = z.object({
  name: z.string().min(1).max(SHORT_TEXT_MAX),
  phone: shortTextSchema.optional(),
  note: shortTextSchema.optional(),
});
export type SafetyContact = z.infer<typeof safetyContactSchema>;

/**
 * The person's own safety plan, in the order of the Stanley–Brown Safety Planning Intervention:
 * their warning signs, what they can do alone, who and where helps, whom to ask, professionals
 * and crisis lines (their numbers, never ours), a safer environment, and what matters most.
 */
export const safetyPlanSchema = z.object({
  warningSigns: z.array(planItemSchema).max(SAFETY_PLAN_ITEMS_MAX),
  copingSteps: z.array(planItemSchema).max(SAFETY_PLAN_ITEMS_MAX),
  peopleAndPlaces: z.array(safetyContactSchema).max(SAFETY_PLAN_ITEMS_MAX),
  helpContacts: z.array(safetyContactSchema).max(SAFETY_PLAN_ITEMS_MAX),
  professionals: z.array(safetyContactSchema).max(SAFETY_PLAN_ITEMS_MAX),
  saferSurroundings: z.array(planItemSchema).max(SAFETY_PLAN_ITEMS_MAX),
  mostImportant: shortTextSchema,
});
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;

export function emptySafetyPlan(): SafetyPlan {
  return {
    warningSigns: [],
    copingSteps: [],
    peopleAndPlaces: [],
    helpContacts: [],
    professionals: [],
    saferSurroundings: [],
    mostImportant: '',
  };
}

export const AUTO_LOCK_MINUTES = { min: 1, max: 240, default: 5 } as const;

export const settingsSchema = z.object({
  autoLockMinutes: z.int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  theme: themeSchema,
  weekStart: weekStartSchema,
  currency: currencySchema,
  reportDefaults: reportDefaultsSchema,
  safetyPlan: safetyPlanSchema,
  /** The next therapy session's local day, when the person set one (since schema version 3). */
  nextSessionDate: localDaySchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Settings of a fresh journal. A new object each call: callers may mutate it. */
export function defaultSettings(): Settings {
  return {
    autoLockMinutes: AUTO_LOCK_MINUTES.default,
    theme: 'system',
    weekStart: 'monday',
    currency: 'EUR',
    reportDefaults: {
      range: 'since-last-session',
      sections: [...REPORT_SECTIONS],
      leavePrivateOutOfCharts: false,
    },
    safetyPlan: emptySafetyPlan(),
  };
}
