import type { Entry } from '../../../shared/domain';
import { searchableText } from './plain-text';
import { terms } from './search-terms';
import { prefixTypoDistance, typoBudget } from './typo-distance';
import { WordIndex } from './word-index';
import type { Alternatives, IndexedEntry } from './word-index';

interface Source {
  entry: Entry;
  title: string;
  body: string;
}

const FIELD_BOOSTS = { title: 2, text: 1 };
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

/**
 * Which words of a text a search matched, to highlight them: any word starting with one of
 * `prefixes` (what was typed, completed) or equal to one of `words` (typos corrected).
 */
export interface WordMatcher {
  prefixes: readonly string[];
  words: readonly string[];
}

/** Called for each entry that matched a search, with its relevance. */
export type SearchVisitor = (entry: Entry, score: number) => void;

/**
 * The full-text index of one unlocked journal's live entries (title and plain-text body).
 * It holds decrypted words, so its owner drops it when the journal locks. It keeps references
 * to the document's entry objects, which the entries service changes in place.
 */
export class EntrySearchIndex {
  /** What each entry was indexed from, to take exactly that back out when it changes. */
  private readonly sources = new Map<string, Source>();
  /** The same, by MiniSearch's number for the entry: the lookup made for every match. */
  private readonly byShortId = new Map<number, Source>();
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

  /** Adds the entry, or replaces what was indexed for it. */
  put(entry: Entry): void {
    this.remove(entry.id);
    const source: Source = { entry, title: entry.title, body: entry.body };
    this.index.add(indexed(entry.id, source));
    this.sources.set(entry.id, source);
    const shortId = this.index.shortIdOf(entry.id);
    if (shortId !== undefined) this.byShortId.set(shortId, source);
  }

  remove(id: string): void {
    const source = this.sources.get(id);
    if (!source) return;
    const shortId = this.index.shortIdOf(id);
    if (shortId !== undefined) this.byShortId.delete(shortId);
    // Removing (not discarding) keeps the word list exact, which typo tolerance relies on.
    this.index.remove(indexed(id, source));
    this.sources.delete(id);
  }

  /**
   * Visits the entries holding every typed word, as written or as the start of a longer word;
   * a word that starts no indexed word is taken as a typo (one or two) of the words it is
   * near. Title words count double. Returns what to highlight in the entries shown.
   */
  search(text: string, visit: SearchVisitor): WordMatcher {
    const matcher = { prefixes: [] as string[], words: [] as string[] };
    const groups: Alternatives[] = [];
    for (const term of new Set(terms(text))) {
      if (this.index.hasPrefix(term)) {
        groups.push(this.index.withCompletions(term));
        matcher.prefixes.push(term);
      } else {
        const typos = this.typoExpansions(term);
        groups.push(typos);
        matcher.words.push(...typos.keys());
      }
    }
    this.index.rank(groups, FIELD_BOOSTS, (shortId, score) => {
      const source = this.byShortId.get(shortId);
      if (source) visit(source.entry, score);
    });
    return matcher;
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
  return {
    id,
    title: capped(terms(source.title)),
    text: capped(terms(searchableText(source.body))),
  };
}
