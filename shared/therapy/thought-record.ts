import type { Entry } from '../domain/records';

/*
 * The thought record, a CBT exercise offered as a built-in entry template: its headings go into
 * the body as plain Markdown (the entry stays an ordinary entry), and the emotions' intensities,
 * rated before and again after weighing the evidence, are stored beside it for the Progress screen.
 */

/** Stored as the entry's prompt, like a reflection prompt: an id never changes once released. */
export const THOUGHT_RECORD_PROMPT_ID = 'builtin:thought-record';

export const THOUGHT_RECORD_PROMPT_TEXT =
  'Thought record: what happened, the thought that came on its own, how strong each emotion felt (0–100), the evidence for and against it, a more balanced thought, and how strong the emotions feel now.';

export const THOUGHT_RECORD_HEADINGS = [
  'Situation',
  'Automatic thought',
  'Emotions',
  'Evidence for',
  'Evidence against',
  'A more balanced thought',
  'Emotions re-rated',
] as const;

/** The body a new thought record starts with: one second-level heading per step. */
export const thoughtRecordBody = (): string =>
  THOUGHT_RECORD_HEADINGS.map((heading) => `## ${heading}`).join('\n\n') + '\n';

const squashed = (text: string) => text.replace(/\s+/g, ' ').trim();
const TEMPLATE = squashed(thoughtRecordBody());

/** True for a body that is still the template's headings and nothing written under them. */
export const isUntouchedTemplate = (body: string): boolean => squashed(body) === TEMPLATE;

export type ThoughtRecord = NonNullable<Entry['thoughtRecord']>;

/** How much each re-rated emotion came down, in points (negative when it grew). */
export const reratingDrops = (record: ThoughtRecord): number[] =>
  record.emotions.flatMap((e) => (e.after === undefined ? [] : [e.before - e.after]));
