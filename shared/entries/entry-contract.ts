import { z } from 'zod';
import { idSchema, localDaySchema } from '../domain/primitives';
import { shareLevelSchema } from '../domain/records';
import type { Entry, ShareLevel } from '../domain/records';
import { normalizeTag } from '../domain/tag-names';

/** Tags are the person's words: NFC, trimmed, single-spaced, compared case-insensitively. */
export const tagSchema = z.string().transform(normalizeTag).pipe(z.string().min(1).max(64));

const moodSchema = z.int().min(1).max(10);

/** Filters shared by the timeline, the calendar and search. Every field narrows; none is required. */
export const entryFilterSchema = z.strictObject({
  text: z.string().max(500).optional(),
  tags: z.array(tagSchema).max(50).optional(),
  moodMin: moodSchema.optional(),
  moodMax: moodSchema.optional(),
  from: localDaySchema.optional(),
  to: localDaySchema.optional(),
  shareLevels: z.array(shareLevelSchema).max(3).optional(),
});
export type EntryFilter = z.infer<typeof entryFilterSchema>;

export const entryListQuerySchema = entryFilterSchema.extend({
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(500).default(100),
});
export type EntryListQuery = z.input<typeof entryListQuerySchema>;

/** A passage of an entry around the words searched for; `marks` are [start, end) offsets into `text`. */
export interface Snippet {
  text: string;
  marks: Array<[number, number]>;
}

/** What the timeline shows of an entry: enough to list it, never the whole body. */
export interface EntrySummary {
  id: string;
  date: string;
  title: string;
  mood?: number;
  tags: string[];
  shareLevel: ShareLevel;
  /** The first words of the body as plain text. */
  excerpt: string;
  updatedAt: string;
  /** With a text search: where the words were found. */
  snippet?: Snippet;
  titleMarks?: Array<[number, number]>;
}

export interface EntryPage {
  items: EntrySummary[];
  total: number;
}

export interface TrashedEntry extends EntrySummary {
  deletedAt: string;
  /** When it will be removed for good (30 days after deletion). */
  purgeAt: string;
}

export const entryPatchSchema = z.strictObject({
  date: localDaySchema.optional(),
  title: z.string().max(1000).optional(),
  body: z.string().max(1_000_000).optional(),
  mood: moodSchema.nullable().optional(),
  tags: z.array(tagSchema).max(100).optional(),
  shareLevel: shareLevelSchema.optional(),
  promptId: idSchema.nullable().optional(),
  /** From the thought-record template: each emotion rated 0–100 before and after; null clears. */
  thoughtRecord: z
    .strictObject({
      emotions: z
        .array(
          z.strictObject({
            name: z.string().trim().min(1).max(100),
            before: z.int().min(0).max(100),
            after: z.int().min(0).max(100).optional(),
          }),
        )
        .max(20),
    })
    .nullable()
    .optional(),
});
export type EntryPatch = z.infer<typeof entryPatchSchema>;

export const createEntrySchema = entryPatchSchema.extend({ date: localDaySchema });
export type CreateEntry = z.infer<typeof createEntrySchema>;

export interface CalendarDay {
  date: string;
  count: number;
  /** Mean mood of the day's entries that have one, rounded to one decimal. */
  mood?: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

export interface Prompt {
  id: string;
  text: string;
  builtIn: boolean;
}

export type { Entry };
