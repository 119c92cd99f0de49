import {
  BODY_MAX,
  TAG_MAX,
  TAGS_PER_ENTRY_MAX,
  TITLE_MAX,
} from '../../../../shared/entries/limits';
import { entryPatchSchema } from '../../../../shared/entries/entry-contract';
import type { EntryPatch } from '../../../../shared/entries/entry-contract';

const count = (n: number) => n.toLocaleString();

/** What a person reads when a field is more than an entry can hold, and what to do about it. */
const why: Partial<Record<keyof EntryPatch, string>> = {
  title: `The title is longer than ${count(TITLE_MAX)} characters; shorten it to save it.`,
  body: `The text is longer than ${count(BODY_MAX)} characters; shorten it to save it.`,
  tags: `Tags can be up to ${count(TAG_MAX)} characters, and an entry can have up to ${count(
    TAGS_PER_ENTRY_MAX,
  )}.`,
  thoughtRecord:
    'Each emotion needs a name, and how strong it feels is a whole number from 0 to 100.',
};

/**
 * The fields of a patch the main process would refuse, checked with the contract's own schema,
 * each with a message. The rest of the patch can be written without them.
 */
export function refusedFields(patch: EntryPatch): Partial<Record<keyof EntryPatch, string>> {
  const result = entryPatchSchema.safeParse(patch);
  if (result.success) return {};
  const refused: Partial<Record<keyof EntryPatch, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof EntryPatch | undefined;
    if (field && field in patch) refused[field] = why[field] ?? `The ${field} cannot be saved.`;
  }
  return refused;
}
