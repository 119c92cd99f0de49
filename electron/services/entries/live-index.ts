import type { JournalDocument } from '../../../shared/domain';
import { EntrySearchIndex } from './search-index';

/**
 * The search index of the open journal: built on the first search, kept in step with each
 * change, and dropped when the journal locks, since it holds decrypted words.
 */
export class LiveSearchIndex {
  private current: { doc: Readonly<JournalDocument>; index: EntrySearchIndex } | null = null;

  /** The index of `doc`, built now if this document has none yet (a fresh unlock, a restore). */
  of(doc: Readonly<JournalDocument>): EntrySearchIndex {
    if (this.current?.doc !== doc || !this.current.index.healthy) {
      const index = new EntrySearchIndex(doc.entries.filter((entry) => !entry.deletedAt));
      this.current = { doc, index };
    }
    return this.current.index;
  }

  /**
   * Applies a change just made to `doc` to its index, if one is built. Should that fail, the
   * index is dropped and rebuilt by the next search rather than left out of step.
   */
  follow(doc: Readonly<JournalDocument>, apply: (index: EntrySearchIndex) => void): void {
    const current = this.current;
    if (!current) return;
    if (current.doc !== doc) {
      this.current = null;
      return;
    }
    try {
      apply(current.index);
    } catch {
      this.current = null;
    }
  }

  drop(): void {
    this.current = null;
  }

  get built(): boolean {
    return this.current !== null;
  }
}
