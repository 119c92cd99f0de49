import MiniSearch from 'minisearch';

export interface IndexedEntry {
  id: string;
  title: string;
  text: string;
}

/** Indexed words standing for one typed word, each with the weight of a match on it. */
export type Alternatives = ReadonlyMap<string, number>;

/**
 * MiniSearch's index, ranked by our own loop over its postings. MiniSearch's `search()` builds
 * a result object per matching entry per word and field, then sorts them all: with every entry
 * matching (10,000) that is most of the cost, and the timeline shows one page. Here each
 * posting adds to one slot of a typed array. The score is MiniSearch's BM25+ exactly (same
 * parameters, field boosts and word weights); a unit test holds the two to the same numbers,
 * so a MiniSearch upgrade that changes its data layout fails a test instead of ranking badly.
 * Only protected members are used: the ones MiniSearch declares for subclasses.
 */
export class WordIndex extends MiniSearch<IndexedEntry> {
  /**
   * BM25's length term per field and document, `k * (1 - b + b * length / average)`: the same
   * for every search until an entry is added or removed, and a typed-array read is much cheaper
   * than MiniSearch's map of arrays, looked up once per posting.
   */
  private norms: Float64Array[] | null = null;

  override add(document: IndexedEntry): void {
    this.norms = null;
    super.add(document);
  }

  override remove(document: IndexedEntry): void {
    this.norms = null;
    super.remove(document);
  }

  override discard(id: unknown): void {
    this.norms = null;
    super.discard(id);
  }

  /** True when some indexed word starts with `prefix` (or is it). */
  hasPrefix(prefix: string): boolean {
    return !this._index.atPrefix(prefix).keys().next().done;
  }

  /** Every indexed word. */
  words(): Iterable<string> {
    return this._index.keys();
  }

  /** `word` and the indexed words it begins, weighted as MiniSearch weighs prefix matches. */
  withCompletions(word: string): Map<string, number> {
    const prefixWeight = this._options.searchOptions.weights.prefix;
    const alternatives = new Map<string, number>();
    for (const found of this._index.atPrefix(word).keys()) {
      const extra = found.length - word.length;
      alternatives.set(
        found,
        extra === 0 ? 1 : (prefixWeight * found.length) / (found.length + 0.3 * extra),
      );
    }
    return alternatives;
  }

  /** MiniSearch's own number for an indexed document (stable until it is removed). */
  shortIdOf(id: string): number | undefined {
    return this._idToShortId.get(id);
  }

  /**
   * Scores the documents matching every group of alternatives (AND across groups, OR within
   * one) and visits each once with its short id and score.
   */
  rank(
    groups: readonly Alternatives[],
    fieldBoosts: Readonly<Record<string, number>>,
    visit: (shortId: number, score: number) => void,
  ): void {
    if (groups.length === 0) return;
    const { k, b, d } = this._options.searchOptions.bm25;
    const size = this._nextId;
    const scores = new Float64Array(size);
    /** How many groups each document has matched so far; AND needs all of them. */
    const matched = new Uint16Array(size);
    /** The group that last touched each document, so one group counts once. */
    const lastGroup = new Int32Array(size).fill(-1);
    const candidates: number[] = [];
    const total = this._documentCount;
    const norms = this.lengthNorms(k, b);
    const fields = Object.entries(fieldBoosts).map(([name, boost]) => ({
      id: this._fieldIds[name]!,
      boost,
    }));
    groups.forEach((alternatives, group) => {
      for (const [word, weight] of alternatives) {
        const postings = this._index.get(word);
        if (!postings) continue;
        for (const field of fields) {
          const freqs = postings.get(field.id);
          if (!freqs) continue;
          const idf = Math.log(1 + (total - freqs.size + 0.5) / (freqs.size + 0.5));
          const scale = weight * field.boost * idf;
          const norm = norms[field.id]!;
          freqs.forEach((tf, doc) => {
            if (lastGroup[doc] !== group) {
              if (matched[doc] !== group) return;
              lastGroup[doc] = group;
              matched[doc] = group + 1;
              if (group === 0) candidates.push(doc);
            }
            scores[doc]! += scale * (d + (tf * (k + 1)) / (tf + norm[doc]!));
          });
        }
      }
    });
    const all = groups.length;
    for (const doc of candidates) if (matched[doc] === all) visit(doc, scores[doc]!);
  }

  private lengthNorms(k: number, b: number): Float64Array[] {
    if (this.norms) return this.norms;
    const size = this._nextId;
    const norms = Object.values(this._fieldIds).map(() => new Float64Array(size));
    this._fieldLength.forEach((lengths, doc) => {
      lengths.forEach((length, field) => {
        const average = this._avgFieldLength[field]!;
        norms[field]![doc] = k * (1 - b + (b * length) / average);
      });
    });
    this.norms = norms;
    return norms;
  }
}
