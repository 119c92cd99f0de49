import { z } from 'zod';
import { currencySchema, shortTextSchema } from './primitives';

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

export const reportDefaultsSchema = z.object({
  range: reportRangeSchema,
  includeMoodChart: z.boolean(),
  includeCheckIns: z.boolean(),
});
export type ReportDefaults = z.infer<typeof reportDefaultsSchema>;

export const safetyContactSchema = z.object({
  name: shortTextSchema,
  phone: shortTextSchema.optional(),
  note: shortTextSchema.optional(),
});
export type SafetyContact = z.infer<typeof safetyContactSchema>;

/** The person's own safety plan: their warning signs, steps and people, in their words. */
export const safetyPlanSchema = z.object({
  warningSigns: z.array(shortTextSchema),
  copingSteps: z.array(shortTextSchema),
  contacts: z.array(safetyContactSchema),
  emergencyNumber: shortTextSchema.optional(),
});
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;

export const AUTO_LOCK_MINUTES = { min: 1, max: 240, default: 5 } as const;

export const settingsSchema = z.object({
  autoLockMinutes: z.int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max),
  theme: themeSchema,
  weekStart: weekStartSchema,
  currency: currencySchema,
  reportDefaults: reportDefaultsSchema,
  safetyPlan: safetyPlanSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

/** Settings of a fresh journal. A new object each call: callers may mutate it. */
export function defaultSettings(): Settings {
  return {
    autoLockMinutes: AUTO_LOCK_MINUTES.default,
    theme: 'system',
    weekStart: 'monday',
    currency: 'EUR',
    reportDefaults: { range: 'since-last-session', includeMoodChart: true, includeCheckIns: true },
    safetyPlan: { warningSigns: [], copingSteps: [], contacts: [] },
  };
}
