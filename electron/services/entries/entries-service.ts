import { isBlankEntry } from '../../../shared/domain';
import type { Entry, JournalDocument } from '../../../shared/domain';
import { ServiceError } from '../../errors';
import type {
  CalendarDay,
  CreateEntry,
  EntryFilter,
  EntryPage,
  EntryPatch,
  TrashedEntry,
} from '../../../shared/entries/entry-contract';
import type { JournalSession } from '../vault/journal-session';
import { unchanged } from '../vault/journal-session';
import type { EntriesClock } from './clock';
import { systemClock } from './clock';
import { copyEntry, findEntry, newEntry, patched } from './entry-records';
import { entryMatcher, newestFirst } from './filters';
import { LiveSearchIndex } from './live-index';
import type { WordMatcher } from './search-index';
import { summarize } from './summaries';
import { TopK } from './top-k';
import { expiredIds, purgeAt, purgeEntries } from './trash';

export interface ListQuery extends EntryFilter {
  offset: number;
  limit: number;
}

interface Found {
  entry: Entry;
  score: number;
}

/** Search results: most relevant first, then as the timeline orders them. */
const mostRelevant = (a: Found, b: Found) => b.score - a.score || newestFirst(a.entry, b.entry);

/**
 * Entries of the open journal: writing, the timeline, search, the calendar and the trash.
 * Entries in the trash for 30 days are removed for good lazily: before any read of entries
 * (list, get, calendar, trash, restore), so the first one after an unlock does it.
 */
export class EntriesService {
  readonly search = new LiveSearchIndex();
  private purging: Promise<void> | null = null;

  constructor(
    private readonly session: JournalSession,
    private readonly clock: EntriesClock = systemClock,
  ) {
    session.onClose(() => this.search.drop());
    // Built in the background right after an unlock, so the first search need not wait for it.
    session.onOpen((doc) => void this.search.build(doc));
  }

  async list(query: ListQuery): Promise<EntryPage> {
    await this.purgeExpired();
    return this.session.read((doc) => {
      const { offset, limit } = query;
      const text = query.text?.trim();
      if (!text) {
        const top = new TopK<Entry>(offset + limit, newestFirst);
        let total = 0;
        this.visit(doc, query, (entry) => {
          total++;
          top.offer(entry);
        });
        const items = top
          .sorted()
          .slice(offset)
          .map((entry) => summarize(entry));
        return { items, total };
      }
      const top = new TopK<Found>(offset + limit, mostRelevant);
      let total = 0;
      const matcher = this.visit(doc, query, (entry, score) => {
        total++;
        // Most of 10,000 matches fall below the page: no object for those.
        const last = top.full ? top.last() : undefined;
        if (last && score < last.score) return;
        top.offer({ entry, score });
      });
      const items = top
        .sorted()
        .slice(offset)
        .map(({ entry }) => summarize(entry, matcher));
      return { items, total };
    });
  }

  async calendar(filter: EntryFilter & { from: string; to: string }): Promise<CalendarDay[]> {
    await this.purgeExpired();
    return this.session.read((doc) => {
      const days = new Map<string, { count: number; moods: number[] }>();
      this.visit(doc, filter, (entry) => {
        const day = days.get(entry.date) ?? { count: 0, moods: [] };
        day.count++;
        if (entry.mood !== undefined) day.moods.push(entry.mood);
        days.set(entry.date, day);
      });
      return [...days]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([date, { count, moods }]) => {
          const day: CalendarDay = { date, count };
          if (moods.length > 0) {
            day.mood = Math.round((moods.reduce((a, b) => a + b, 0) / moods.length) * 10) / 10;
          }
          return day;
        });
    });
  }

  /** An entry, also when it is in the trash (its `deletedAt` says so). */
  async get(id: string): Promise<Entry> {
    await this.purgeExpired();
    return this.session.read((doc) => copyEntry(findEntry(doc, id)));
  }

  async create(input: CreateEntry): Promise<Entry> {
    const at = this.clock.now().toISOString();
    const id = this.clock.newId();
    return this.session.mutate(
      // An unknown prompt is refused here, before anything is written.
      (doc) => newEntry(doc, input, id, at),
      (doc, entry) => {
        doc.entries.push(entry);
        this.search.follow(doc, (index) => index.put(entry));
        return copyEntry(entry);
      },
    );
  }

  /** Applies a patch; one that changes nothing is not written. An entry in the trash stays there. */
  async update(id: string, patch: EntryPatch): Promise<Entry> {
    const at = this.clock.now().toISOString();
    return this.session.mutate(
      (doc) => {
        const entry = findEntry(doc, id);
        return patched(doc, entry, patch, at) ?? unchanged(copyEntry(entry));
      },
      (doc, next) => {
        const entry = findEntry(doc, id);
        Object.assign(entry, next);
        if (next.mood === undefined) delete entry.mood;
        if (next.promptId === undefined) delete entry.promptId;
        if (next.thoughtRecord === undefined) delete entry.thoughtRecord;
        if (!entry.deletedAt) this.search.follow(doc, (index) => index.put(entry));
        return copyEntry(entry);
      },
    );
  }

  /** Moves the entry to the trash; deleting it again keeps the first deletion's date. */
  async delete(id: string): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.session.mutate(
      (doc) => findEntry(doc, id),
      (doc) => {
        const entry = findEntry(doc, id);
        entry.deletedAt ??= at;
        this.search.follow(doc, (index) => index.remove(id));
      },
    );
  }

  async restore(id: string): Promise<Entry> {
    await this.purgeExpired();
    return this.session.mutate(
      (doc) => {
        const entry = findEntry(doc, id);
        return entry.deletedAt === undefined ? unchanged(copyEntry(entry)) : undefined;
      },
      (doc) => {
        const entry = findEntry(doc, id);
        delete entry.deletedAt;
        this.search.follow(doc, (index) => index.put(entry));
        return copyEntry(entry);
      },
    );
  }

  /** The trash, most recently deleted first. */
  async trash(): Promise<TrashedEntry[]> {
    await this.purgeExpired();
    return this.session.read((doc) =>
      doc.entries
        .filter((entry): entry is Entry & { deletedAt: string } => entry.deletedAt !== undefined)
        .sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0))
        .map((entry) => ({
          ...summarize(entry),
          deletedAt: entry.deletedAt,
          purgeAt: purgeAt(entry.deletedAt),
        })),
    );
  }

  /** Removes an entry in the trash for good, with its insights. Already gone is not an error. */
  async purge(id: string): Promise<void> {
    return this.session.mutate(
      (doc) => {
        const entry = doc.entries.find((e) => e.id === id);
        if (!entry) return unchanged(undefined);
        if (!entry.deletedAt) {
          throw new ServiceError(
            'BAD_INPUT',
            'Only entries in the trash can be removed for good. Move it to the trash first.',
          );
        }
        return undefined;
      },
      (doc) => this.removeForGood(doc, new Set([id])),
    );
  }

  /**
   * Drops an entry left without a word, deciding on the stored entry: the page's copy may be
   * older than a save in flight, and a stale "empty" must never remove what was typed.
   * Keeping an entry is decided before any write, so it never marks the journal as unsaved.
   */
  async discardIfEmpty(id: string): Promise<{ discarded: boolean }> {
    return this.session.mutate(
      (doc) => {
        const entry = doc.entries.find((e) => e.id === id);
        const blank = entry !== undefined && !entry.deletedAt && isBlankEntry(doc, entry);
        return blank ? undefined : unchanged({ discarded: false });
      },
      (doc) => {
        this.removeForGood(doc, new Set([id]));
        return { discarded: true };
      },
    );
  }

  /**
   * Visits the entries outside the trash that pass the filters (and the search, if any);
   * with a search, returns what to highlight in them.
   */
  private visit(
    doc: Readonly<JournalDocument>,
    filter: EntryFilter,
    found: (entry: Entry, score: number) => void,
  ): WordMatcher | undefined {
    const matches = entryMatcher(filter);
    const text = filter.text?.trim();
    if (!text) {
      // Newest last is how entries are usually appended: visited from the end, most of them
      // fall below a page of the newest at the first comparison.
      for (let i = doc.entries.length - 1; i >= 0; i--) {
        const entry = doc.entries[i]!;
        if (matches(entry)) found(entry, 0);
      }
      return undefined;
    }
    return this.search.search(doc, text, (entry, score) => {
      if (matches(entry)) found(entry, score);
    });
  }

  private removeForGood(doc: JournalDocument, ids: ReadonlySet<string>): void {
    purgeEntries(doc, ids);
    this.search.follow(doc, (index) => ids.forEach((id) => index.remove(id)));
  }

  /**
   * Empties the trash of entries deleted 30 days ago or more. Reads do not fail for it: if the
   * write fails, the page already hears so through the save state.
   */
  private purgeExpired(): Promise<void> {
    this.purging ??= (async () => {
      const now = this.clock.now();
      await this.session.mutate(
        (doc) => {
          const ids = expiredIds(doc, now);
          return ids.length === 0 ? unchanged(undefined) : new Set(ids);
        },
        (doc, ids) => this.removeForGood(doc, ids),
      );
    })()
      .catch(() => undefined)
      .finally(() => {
        this.purging = null;
      });
    return this.purging;
  }
}
