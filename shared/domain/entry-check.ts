import { MARKDOWN_MAX, SHORT_TEXT_MAX } from './primitives';
import type { Entry } from './records';
import { intBetween, isId, isLocalDay, isThoughtRecord, isTimestamp } from './rules';

/** Every key an entry may have. */
export const ENTRY_KEYS: ReadonlySet<string> = new Set([
  'id',
  'date',
  'createdAt',
  'updatedAt',
  'title',
  'body',
  'mood',
  'tags',
  'shareLevel',
  'promptId',
  'deletedAt',
  'thoughtRecord',
]);
const SHARE_LEVELS = new Set(['private', 'summary', 'full']);
const isMood = intBetween(1, 10);

const text = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const optional = (value: unknown, check: (s: string) => boolean) =>
  value === undefined || (typeof value === 'string' && check(value));

/**
 * True when `value` is an entry exactly as `entrySchema` would return it: every rule met and
 * no key the schema would strip. Such an entry is kept as it is rather than copied by zod, which
 * cost as much as parsing the JSON on a 10,000-entry journal. Anything else, even merely
 * unusual, goes through `entrySchema`. Never accepts what `entrySchema` refuses (tested).
 */
export function isExactEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.has(key) || entry[key] === undefined) return false;
  }
  const { id, date, createdAt, updatedAt, title, body, mood, tags, shareLevel } = entry;
  return (
    typeof id === 'string' &&
    isId(id) &&
    typeof date === 'string' &&
    isLocalDay(date) &&
    typeof createdAt === 'string' &&
    isTimestamp(createdAt) &&
    typeof updatedAt === 'string' &&
    isTimestamp(updatedAt) &&
    text(title, SHORT_TEXT_MAX) &&
    text(body, MARKDOWN_MAX) &&
    (mood === undefined || (typeof mood === 'number' && isMood(mood))) &&
    Array.isArray(tags) &&
    tags.length <= 100 &&
    tags.every((tag) => typeof tag === 'string' && tag.length >= 1 && tag.length <= 64) &&
    typeof shareLevel === 'string' &&
    SHARE_LEVELS.has(shareLevel) &&
    optional(entry.promptId, isId) &&
    optional(entry.deletedAt, isTimestamp) &&
    (entry.thoughtRecord === undefined || isExactThoughtRecord(entry.thoughtRecord))
  );
}

const hasOnlyKeys = (value: object, allowed: readonly string[]) =>
  Object.entries(value).every(([key, v]) => allowed.includes(key) && v !== undefined);

function isExactThoughtRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (!hasOnlyKeys(value, ['emotions'])) return false;
  const { emotions } = value as { emotions: unknown };
  if (!Array.isArray(emotions)) return false;
  const exact = emotions.every(
    (e: unknown) =>
      typeof e === 'object' &&
      e !== null &&
      !Array.isArray(e) &&
      hasOnlyKeys(e, ['name', 'before', 'after']) &&
      typeof (e as { name: unknown }).name === 'string' &&
      typeof (e as { before: unknown }).before === 'number' &&
      ['number', 'undefined'].includes(typeof (e as { after: unknown }).after),
  );
  return exact && isThoughtRecord(value as Parameters<typeof isThoughtRecord>[0]);
}
