import type { Entry, JournalDocument } from '../../../shared/domain';
import { scanSearch } from './scan-search';
import { EntrySearchIndex } from './search-index';
import type { SearchVisitor, WordMatcher } from './search-index';

/** How long one slice of the build may hold the main process before it lets others run. */
const SLICE_MS = 8;

/** What a change does to the index: the entries service's only way in. */
export interface IndexWriter {
  put(entry: Entry): void;
  remove(id: string): void;
}

interface Built {
  doc: Readonly<JournalDocument>;
  index: EntrySearchIndex;
}

interface Building extends Built {
  /** Entries a change already wrote to the index: the build must not overwrite or revive them. */
  touched: Set<string>;
  done: Promise<void>;
}

/**
 * The search index of the open journal. It is built in the background, in slices that yield to
 * the event loop, right after an unlock (or on the first search if no build was started), so no
 * request waits behind it: a search that comes before it is ready is answered by reading every
 * entry (`scanSearch`). Changes made during the build go into the index as they happen and are
 * not undone by it. Dropped when the journal locks, since it holds decrypted words; a lock
 * during the build stops it.
 */
export class LiveSearchIndex {
  private current: Built | null = null;
  private building: Building | null = null;

  /** Starts building `doc`'s index unless it is built or being built. Resolves when ready. */
  build(doc: Readonly<JournalDocument>): Promise<void> {
    if (this.current?.doc === doc && this.current.index.healthy) return Promise.resolve();
    if (this.building?.doc === doc) return this.building.done;
    const building: Building = {
      doc,
      index: new EntrySearchIndex(),
      touched: new Set(),
      done: Promise.resolve(),
    };
    this.building = building;
    building.done = this.fill(building);
    return building.done;
  }

  private async fill(building: Building): Promise<void> {
    const { doc, index, touched } = building;
    // Entries are changed in place and purges replace the array: the snapshot holds the objects.
    const entries = doc.entries.slice();
    let next = 0;
    while (next < entries.length) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.building?.index !== index) return; // locked, or superseded by a newer build
      const until = performance.now() + SLICE_MS;
      do {
        const entry = entries[next++]!;
        if (!entry.deletedAt && !touched.has(entry.id)) index.put(entry);
      } while (next < entries.length && performance.now() < until);
    }
    if (this.building?.index !== index) return;
    this.building = null;
    this.current = { doc, index };
  }

  /**
   * Visits the entries matching `text` with the index if it is ready, or else by reading every
   * entry (and starts the build if none is running). Returns what to highlight.
   */
  search(doc: Readonly<JournalDocument>, text: string, visit: SearchVisitor): WordMatcher {
    const ready = this.current?.doc === doc && this.current.index.healthy;
    if (ready) return this.current!.index.search(text, visit);
    void this.build(doc);
    return scanSearch(doc.entries, text, visit);
  }

  /**
   * Applies a change just made to `doc` to its index, built or being built. Should that fail,
   * the index is dropped and built again in the background rather than left out of step.
   */
  follow(doc: Readonly<JournalDocument>, apply: (index: IndexWriter) => void): void {
    const target = this.building?.doc === doc ? this.building : this.current;
    if (!target) return;
    if (target.doc !== doc) {
      this.drop();
      return;
    }
    const touched = target === this.building ? this.building.touched : undefined;
    try {
      apply({
        put: (entry) => {
          touched?.add(entry.id);
          target.index.put(entry);
        },
        remove: (id) => {
          touched?.add(id);
          target.index.remove(id);
        },
      });
    } catch {
      this.drop();
    }
  }

  /** Forgets the index and stops a build in progress (the journal locked). */
  drop(): void {
    this.current = null;
    this.building = null;
  }

  /** True once the index of the open document is ready. */
  get built(): boolean {
    return this.current !== null;
  }

  /** True while a build runs. */
  get inProgress(): boolean {
    return this.building !== null;
  }
}
