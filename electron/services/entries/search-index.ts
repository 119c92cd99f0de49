import MiniSearch from 'minisearch';
import type { MatchInfo, Query, SearchOptions } from 'minisearch';
import type { Entry } from '../../../shared/domain';
import { plainText } from './plain-text';
import { terms } from './search-terms';
import { prefixTypoDistance, typoBudget } from './typo-distance';

interface IndexedEntry {
  id: string;
  title: string;
  text: string;
}

interface Source {
  entry: Entry;
  title: string;
  body: string;
}

const TITLE_BOOST = 2;
/** Misspelt words count for less than exact ones (1) and prefixes (MiniSearch's 0.375). */
const TYPO_WEIGHT = 0.3;
/** A short typed word can be near hundreds of words; the closest ones are enough. */
const MAX_TYPO_EXPANSIONS = 32;
/**
 * Occurrences of a word counted per entry. BM25 saturates: the fourth "anxious" in an entry
 * hardly makes it more relevant, and not indexing it makes building the index much faster.
 */
const MAX_TERM_FREQUENCY = 3;

/** Words already normalised by `terms`, which MiniSearch then takes as they are. */
const asIs = (text: string) => text.split(' ');

interface RawResult {
  score: number;
  terms: string[];
  match: MatchInfo;
}

type RawSearch = (query: Query, options: SearchOptions) => Map<number, RawResult>;

/** MiniSearch, plus read access to its own word list (a radix tree) for typo tolerance. */
export class WordIndex extends MiniSearch<IndexedEntry> {
  /** True when some indexed word starts with `prefix` (or is it). */
  hasPrefix(prefix: string): boolean {
    return !this._index.atPrefix(prefix).keys().next().done;
  }

  words(): Iterable<string> {
    return this._index.keys();
  }

  /**
   * Every match as [id, score, match], without `search()`'s list of result objects sorted by
   * score: with 10,000 matches that list costs a third of the search, and the caller keeps
   * only a page. Uses MiniSearch's internal `executeQuery` when this version has it; the
   * unit tests check both ways give the same results.
   */
  eachMatch(
    query: Query,
    options: SearchOptions,
    visit: (id: string, score: number, match: MatchInfo) => void,
  ): void {
    const raw = (this as unknown as { executeQuery?: RawSearch }).executeQuery;
    if (typeof raw !== 'function' || !WordIndex.fastPath) {
      for (const result of this.search(query, options)) {
        visit(result.id as string, result.score, result.match);
      }
      return;
    }
    for (const [shortId, result] of raw.call(this, query, options)) {
      // search() scales by the number of query terms matched; so does this, to rank alike.
      visit(
        this._documentIds.get(shortId) as string,
        result.score * (result.terms.length || 1),
        result.match,
      );
    }
  }

  /** Tests only: false forces the public `search()` path. */
  static fastPath = true;
}

/**
 * Called for each entry that matched a search, with its relevance and which indexed words
 * matched (the keys of `match`; possibly completions or corrections of what was typed).
 */
export type SearchVisitor = (entry: Entry, score: number, match: MatchInfo) => void;

/**
 * The full-text index of one unlocked journal's live entries (title and plain-text body).
 * It holds decrypted words, so its owner drops it when the journal locks. It keeps references
 * to the document's entry objects, which the entries service changes in place.
 */
export class EntrySearchIndex {
  /** What each entry was indexed from, to take exactly that back out when it changes. */
  private readonly sources = new Map<string, Source>();
  private readonly index: WordIndex;
  private broken = false;

  constructor(entries: Iterable<Entry> = []) {
    this.index = new WordIndex({
      fields: ['title', 'text'],
      storeFields: [],
      tokenize: asIs,
      processTerm: (term) => term || null,
      // MiniSearch's warnings quote indexed words; journal text never goes to a log. Its only
      // warning here means a removal did not match what was indexed: rebuild rather than trust it.
      logger: () => {
        this.broken = true;
      },
    });
    for (const entry of entries) this.put(entry);
  }

  /** False once the index may disagree with the entries; its owner then builds a new one. */
  get healthy(): boolean {
    return !this.broken;
  }

  get size(): number {
    return this.index.documentCount;
  }

  has(id: string): boolean {
    return this.sources.has(id);
  }

  /** Adds the entry, or replaces what was indexed for it. */
  put(entry: Entry): void {
    this.remove(entry.id);
    const source: Source = { entry, title: entry.title, body: entry.body };
    this.index.add(indexed(entry.id, source));
    this.sources.set(entry.id, source);
  }

  remove(id: string): void {
    const source = this.sources.get(id);
    if (!source) return;
    // Removing (not discarding) keeps the word list exact, which typo tolerance relies on.
    this.index.remove(indexed(id, source));
    this.sources.delete(id);
  }

  /**
   * Visits the entries holding every typed word, as written or as the start of a longer word;
   * a word that starts no indexed word is taken as a typo (one or two) of the words it is
   * near. Title words count double. Visiting, not returning, spares building and sorting a
   * list the size of the journal when one page of it is shown.
   */
  search(text: string, visit: SearchVisitor): void {
    const typed = terms(text);
    if (typed.length === 0) return;
    const query: Query = {
      combineWith: 'AND',
      queries: typed.map((term) => this.termQuery(term)),
    };
    this.index.eachMatch(query, { boost: { title: TITLE_BOOST } }, (id, score, match) => {
      const source = this.sources.get(id);
      if (source) visit(source.entry, score, match);
    });
  }

  private termQuery(term: string): Query {
    if (this.index.hasPrefix(term)) {
      return { combineWith: 'OR', prefix: true, fuzzy: false, queries: [term] };
    }
    const typos = this.typoExpansions(term);
    return {
      combineWith: 'OR',
      prefix: false,
      fuzzy: false,
      boostTerm: (word) => typos.get(word) ?? 0,
      queries: [[...typos.keys()].join(' ')],
    };
  }

  /** The indexed words `term` misspells, wholly or as a beginning, with their weight. */
  private typoExpansions(term: string): Map<string, number> {
    const max = typoBudget(term);
    const found: Array<{ word: string; distance: number }> = [];
    if (max > 0) {
      for (const word of this.index.words()) {
        if (word.length < term.length - max) continue;
        const distance = prefixTypoDistance(term, word, max);
        if (distance <= max) found.push({ word, distance });
      }
    }
    found.sort((a, b) => a.distance - b.distance || a.word.length - b.word.length);
    const weights = new Map<string, number>();
    for (const { word, distance } of found.slice(0, MAX_TYPO_EXPANSIONS)) {
      weights.set(word, (TYPO_WEIGHT * word.length) / (word.length + distance));
    }
    return weights;
  }
}

/** A field's words for the index, each repeated at most MAX_TERM_FREQUENCY times. */
function capped(words: string[]): string {
  const seen = new Map<string, number>();
  const kept: string[] = [];
  for (const word of words) {
    const count = (seen.get(word) ?? 0) + 1;
    seen.set(word, count);
    if (count <= MAX_TERM_FREQUENCY) kept.push(word);
  }
  return kept.join(' ');
}

function indexed(id: string, source: Source): IndexedEntry {
  return { id, title: capped(terms(source.title)), text: capped(terms(plainText(source.body))) };
}
