import type { Entry } from '../../../shared/domain';
import type { EntryFilter } from '../../../shared/entries/entry-contract';
import { tagKey } from '../../../shared/domain';

/** A test for the filters other than text, built once per query and run on every entry. */
export function entryMatcher(filter: EntryFilter): (entry: Entry) => boolean {
  const tags = filter.tags?.map(tagKey) ?? [];
  const levels = filter.shareLevels ? new Set(filter.shareLevels) : undefined;
  const { moodMin, moodMax, from, to } = filter;
  const moodBound = moodMin !== undefined || moodMax !== undefined;
  return (entry) => {
    if (entry.deletedAt) return false;
    if (from !== undefined && entry.date < from) return false;
    if (to !== undefined && entry.date > to) return false;
    if (levels && !levels.has(entry.shareLevel)) return false;
    if (moodBound) {
      // An entry without a mood says nothing about mood, so a mood filter leaves it out.
      if (entry.mood === undefined) return false;
      if (moodMin !== undefined && entry.mood < moodMin) return false;
      if (moodMax !== undefined && entry.mood > moodMax) return false;
    }
    if (tags.length > 0) {
      const own = new Set(entry.tags.map(tagKey));
      if (!tags.every((tag) => own.has(tag))) return false;
    }
    return true;
  };
}

/**
 * The timeline's order: latest day first, and within a day the latest written first. The id
 * settles exact ties, so a page boundary never depends on the order entries were looked at.
 */
export function newestFirst(a: Entry, b: Entry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}
