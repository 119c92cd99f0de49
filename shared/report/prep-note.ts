import { z } from 'zod';
import { MARKDOWN_MAX, SHORT_TEXT_MAX, localDaySchema } from '../domain/primitives';

/*
 * A saved prep note: the person's free fields and their edited draft, and the Markdown stored as
 * the session's `prepNote` (what the Sessions screen and a printout show). The one thing comes
 * first: it is what the person most wants the session to reach.
 */

/** Topics per note: a session has room for a handful; the cap only guards against runaway input. */
export const TOPICS_MAX = 30;

export const prepFieldsSchema = z.strictObject({
  oneThing: z
    .string()
    .max(SHORT_TEXT_MAX, 'The one thing is too long: keep it to one or two sentences.'),
  topics: z
    .array(z.string().max(SHORT_TEXT_MAX, 'A topic is too long: keep each to a line or two.'))
    .max(TOPICS_MAX, `Keep the list to ${TOPICS_MAX} topics at most.`),
  aboutTherapy: z.string().max(MARKDOWN_MAX),
  draft: z.string().max(MARKDOWN_MAX),
});
export type PrepFields = z.infer<typeof prepFieldsSchema>;

export const savePrepSchema = prepFieldsSchema.extend({ date: localDaySchema });
export type SavePrep = z.infer<typeof savePrepSchema>;

export const PREP_HEADINGS = {
  oneThing: 'The one thing I most want to talk about',
  topics: 'Topics, most important first',
  aboutTherapy: 'How I feel about therapy itself right now',
} as const;

/** The fields as the person means them: trimmed, empty topics left out. */
export function tidyPrepFields(fields: PrepFields): PrepFields {
  return {
    oneThing: fields.oneThing.trim(),
    topics: fields.topics.map((topic) => topic.trim()).filter((topic) => topic !== ''),
    aboutTherapy: fields.aboutTherapy.trim(),
    draft: fields.draft.trim(),
  };
}

/** Whether there is anything to save at all. */
export const isEmptyPrep = (fields: PrepFields): boolean => {
  const tidy = tidyPrepFields(fields);
  return !tidy.oneThing && tidy.topics.length === 0 && !tidy.aboutTherapy && !tidy.draft;
};

/** The note as Markdown; empty fields are left out. */
export function prepNoteMarkdown(fields: PrepFields): string {
  const { oneThing, topics, aboutTherapy, draft } = tidyPrepFields(fields);
  const parts: string[] = [];
  if (oneThing) parts.push(`## ${PREP_HEADINGS.oneThing}\n\n${oneThing}`);
  if (topics.length > 0) {
    parts.push(
      `## ${PREP_HEADINGS.topics}\n\n${topics.map((topic, i) => `${i + 1}. ${topic.replace(/\s+/g, ' ')}`).join('\n')}`,
    );
  }
  if (draft) parts.push(draft);
  if (aboutTherapy) parts.push(`## ${PREP_HEADINGS.aboutTherapy}\n\n${aboutTherapy}`);
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}
