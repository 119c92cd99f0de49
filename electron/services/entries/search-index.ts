import MiniSearch from 'minisearch';
import type { Query } from 'minisearch';
import type { Entry } from '../../../shared/domain';
import { plainText } from './plain-text';
import { normalizeTerm, tokenize } from './search-terms';
import { prefixTypoDistance, typoBudget } from './typo-distance';

interface IndexedEntry {
  id: string;
  title: string;
  text: string;
}

/** Why an entry matched: its relevance and the indexed words that matched, per field. */
export interface SearchHit {
  score: number;
  titleTerms: Set<string>;
  bodyTerms: Set<string>;
}

const TITLE_BOOST = 2;
/** Misspelt words count for less than exact ones (1) and prefixes (MiniSearch's 0.375). */
const TYPO_WEIGHT = 0.3;
/** A short typed word can be near hundreds of words; the closest ones are enough. */
const MAX_TYPO_EXPANSIONS = 64;

const processQueryTerm = (term: string) => normalizeTerm(term) || null;

/**
 * The full-text index of one unlocked journal's live entries (title and plain-text body).
 * It holds decrypted words, so its owner drops it when the journal locks.
 */
export class EntrySearchIndex {
  private readonly vocabulary = new Set<string>();
  private readonly index: MiniSearch<IndexedEntry>;

  constructor(entries: Iterable<Entry> = []) {
    this.index = new MiniSearch<IndexedEntry>({
      fields: ['title', 'text'],
      storeFields: [],
      tokenize,
      processTerm: (term) => {
        const normalized = normalizeTerm(term);
        if (!normalized) return null;
        // Words of discarded versions stay here too: they only cost a lookup that finds nothing.
        this.vocabulary.add(normalized);
        return normalized;
      },
      searchOptions: { tokenize, processTerm: processQueryTerm },
    });
    const docs: IndexedEntry[] = [];
    for (const entry of entries) docs.push(indexed(entry));
    this.index.addAll(docs);
  }

  /** Adds the entry, or replaces what was indexed for it. */
  put(entry: Entry): void {
    this.remove(entry.id);
    this.index.add(indexed(entry));
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /**
   * Entries holding every typed word, each as written, as the start of a longer word, or with
   * a typo or two; ranked by relevance with title words counting double.
   */
  search(text: string): Map<string, SearchHit> {
    const typed = tokenize(text)
      .map(normalizeTerm)
      .filter((term) => term.length > 0);
    const hits = new Map<string, SearchHit>();
    if (typed.length === 0) return hits;
    const query: Query = {
      combineWith: 'AND',
      queries: typed.map((term) => this.termQuery(term)),
    };
    for (const result of this.index.search(query, { boost: { title: TITLE_BOOST } })) {
      const titleTerms = new Set<string>();
      const bodyTerms = new Set<string>();
      for (const [term, fields] of Object.entries(result.match)) {
        if (fields.includes('title')) titleTerms.add(term);
        if (fields.includes('text')) bodyTerms.add(term);
      }
      hits.set(result.id as string, { score: result.score, titleTerms, bodyTerms });
    }
    return hits;
  }

  /** One typed word: itself and words starting with it, or else words it is a typo of. */
  private termQuery(term: string): Query {
    const exact: Query = { combineWith: 'OR', prefix: true, fuzzy: false, queries: [term] };
    const typos = this.typoExpansions(term);
    if (typos.size === 0) return exact;
    return {
      combineWith: 'OR',
      queries: [
        exact,
        {
          combineWith: 'OR',
          prefix: false,
          fuzzy: false,
          boostTerm: (word) => typos.get(word) ?? 0,
          queries: [[...typos.keys()].join(' ')],
        },
      ],
    };
  }

  /** Indexed words that `term` misspells (wholly or as a beginning), with their weight. */
  private typoExpansions(term: string): Map<string, number> {
    const max = typoBudget(term);
    const found: Array<{ word: string; distance: number }> = [];
    if (max > 0) {
      for (const word of this.vocabulary) {
        if (word.length < term.length - max || word.startsWith(term)) continue;
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

function indexed(entry: Entry): IndexedEntry {
  return { id: entry.id, title: entry.title, text: plainText(entry.body) };
}
