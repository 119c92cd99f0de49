import { z } from 'zod';
import {
  checkInSchema,
  entrySchema,
  goalSchema,
  insightSchema,
  customPromptSchema,
  sessionSchema,
} from './records';
import { defaultSettings, settingsSchema } from './settings';

/** The schema version this build writes. Bump it only together with a new migration step. */
export const CURRENT_SCHEMA_VERSION = 4;

/** The whole decrypted journal: one document, versioned inside so migrations can run. */
export const journalDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  entries: z.array(entrySchema),
  insights: z.array(insightSchema),
  goals: z.array(goalSchema),
  sessions: z.array(sessionSchema),
  checkIns: z.array(checkInSchema),
  /** The person's own reflection prompts (since schema version 2). */
  prompts: z.array(customPromptSchema),
  settings: settingsSchema,
});
export type JournalDocument = z.infer<typeof journalDocumentSchema>;

/** A fresh, empty journal at the current schema version. */
export function emptyDocument(): JournalDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    entries: [],
    insights: [],
    goals: [],
    sessions: [],
    checkIns: [],
    prompts: [],
    settings: defaultSettings(),
  };
}
