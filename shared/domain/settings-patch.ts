import { z } from 'zod';
import { AUTO_LOCK_MINUTES, themeSchema, weekStartSchema } from './settings';

/** The settings the page may change directly; each field optional, unknown fields refused. */
export const settingsPatchSchema = z.strictObject({
  autoLockMinutes: z.int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max).optional(),
  theme: themeSchema.optional(),
  weekStart: weekStartSchema.optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
