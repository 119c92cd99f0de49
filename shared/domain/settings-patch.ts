import { z } from 'zod';
import { currencySchema, localDaySchema } from './primitives';
import type { Settings } from './settings';
import {
  AUTO_LOCK_MINUTES,
  paperSizeSchema,
  reportDefaultsSchema,
  themeSchema,
  weekStartSchema,
} from './settings';

/** The settings the page may change directly; each field optional, unknown fields refused. */
export const settingsPatchSchema = z.strictObject({
  autoLockMinutes: z.int().min(AUTO_LOCK_MINUTES.min).max(AUTO_LOCK_MINUTES.max).optional(),
  theme: themeSchema.optional(),
  weekStart: weekStartSchema.optional(),
  /** The currency new sessions are priced in (each session keeps its own). */
  currency: currencySchema.optional(),
  /** The next therapy session's day; null clears it. */
  nextSessionDate: localDaySchema.nullable().optional(),
  /** Merged into the report defaults; a null paper size goes back to the locale's. */
  reportDefaults: reportDefaultsSchema
    .extend({ paperSize: paperSizeSchema.nullable().optional() })
    .partial()
    .strict()
    .optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * Settings with a patch applied: null clears an optional field, nested report defaults merge. One
 * function for main (which saves) and the page (which shows the change before main answers).
 */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const { nextSessionDate, reportDefaults, ...rest } = patch;
  const next: Settings = { ...settings, ...rest, reportDefaults: { ...settings.reportDefaults } };
  if (nextSessionDate === null) delete next.nextSessionDate;
  else if (nextSessionDate !== undefined) next.nextSessionDate = nextSessionDate;
  if (reportDefaults) {
    const { paperSize, ...defaults } = reportDefaults;
    Object.assign(next.reportDefaults, defaults);
    if (paperSize === null) delete next.reportDefaults.paperSize;
    else if (paperSize !== undefined) next.reportDefaults.paperSize = paperSize;
  }
  return next;
}
