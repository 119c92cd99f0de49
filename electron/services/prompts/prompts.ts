import type { JournalDocument } from '../../../shared/domain';
import type { Prompt } from '../../../shared/entries/entry-contract';
import {
  THOUGHT_RECORD_PROMPT_ID,
  THOUGHT_RECORD_PROMPT_TEXT,
} from '../../../shared/therapy/thought-record';
import { ServiceError } from '../../errors';

/**
 * Reflection prompts written for this app: noticing shifts, uncomfortable realisations, small
 * steps and avoidance, and the thought record's template beside them. Their ids are stored in
 * entries, so an id never changes once released.
 */
export const BUILT_IN_PROMPTS: readonly Prompt[] = [
  { id: 'builtin:avoidance', text: 'What did I notice myself avoiding this week?' },
  { id: 'builtin:click', text: 'Was there a moment something clicked, in my head or in my body?' },
  { id: 'builtin:small-step', text: 'What small step did I take, even if it felt insignificant?' },
  { id: 'builtin:shift', text: 'What feels even a little different from a month ago?' },
  {
    id: 'builtin:uncomfortable',
    text: 'Did I see something about myself or someone close that was uncomfortable to see?',
  },
  { id: 'builtin:pattern', text: 'Did an old pattern show up today? What set it off?' },
  { id: 'builtin:coping', text: 'When things got hard, what helped, even a little?' },
  {
    id: 'builtin:setback',
    text: "What didn't go the way I hoped, and can I describe it without judging myself?",
  },
  {
    id: 'builtin:unsaid',
    text: 'Is there something I have not said yet, to myself or in therapy?',
  },
  { id: 'builtin:next-session', text: 'What do I want to bring to my next session?' },
  // A template more than a question: starting it writes its headings into the body.
  { id: THOUGHT_RECORD_PROMPT_ID, text: THOUGHT_RECORD_PROMPT_TEXT },
].map((prompt) => Object.freeze({ ...prompt, builtIn: true }));

const builtInIds = new Set(BUILT_IN_PROMPTS.map((prompt) => prompt.id));

/** Built-in prompts first, then the person's own in the order they wrote them. */
export function listPrompts(doc: Readonly<JournalDocument>): Prompt[] {
  return [
    ...BUILT_IN_PROMPTS.map((prompt) => ({ ...prompt })),
    ...doc.prompts.map(({ id, text }) => ({ id, text, builtIn: false })),
  ];
}

export function promptExists(doc: Readonly<JournalDocument>, id: string): boolean {
  return builtInIds.has(id) || doc.prompts.some((prompt) => prompt.id === id);
}

const sameText = (a: string, b: string) =>
  a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/** True when a prompt with this text (in any case or Unicode form) is already listed. */
export function hasPromptText(doc: Readonly<JournalDocument>, text: string): boolean {
  return listPrompts(doc).some((prompt) => sameText(prompt.text, text));
}

/** Adds the person's prompt; one they already have (in any case) is not added twice. */
export function addPrompt(doc: JournalDocument, text: string, id: string, createdAt: string): void {
  if (hasPromptText(doc, text)) return;
  doc.prompts.push({ id, text, createdAt });
}

/** Refuses built-in prompts and prompts that are already gone. */
export function requireRemovable(doc: Readonly<JournalDocument>, id: string): void {
  if (builtInIds.has(id)) {
    throw new ServiceError('BAD_INPUT', 'Built-in prompts cannot be removed, only your own.');
  }
  if (!doc.prompts.some((prompt) => prompt.id === id)) {
    throw new ServiceError('NOT_FOUND', 'That prompt no longer exists.');
  }
}

/**
 * Removes one of the person's prompts. Entries written with it keep their text but no longer
 * point at it, so no entry refers to a prompt that is gone. Checked first with `requireRemovable`.
 */
export function removePrompt(doc: JournalDocument, id: string): void {
  doc.prompts = doc.prompts.filter((prompt) => prompt.id !== id);
  for (const entry of doc.entries) if (entry.promptId === id) delete entry.promptId;
}
