import type { Entry } from '../../../shared/domain';
import { searchableText } from './plain-text';
import type { SearchVisitor, WordMatcher } from './search-index';
import { isAscii, normalizeText, terms } from './search-terms';

/** Title words count double, as in the index. */
const TITLE_WEIGHT = 2;
/** Occurrences counted per field, as the index caps them. */
const MAX_COUNT = 3;

/**
 * Answers a search by reading every entry, for the moments the index is not built yet (just
 * after an unlock, while it builds in the background). Same words as the index for whole words
 * and beginnings of words ("manag" finds "managing"), accents and case ignored, every typed word
 * required, same snippets and highlighting. Unlike the index: no typo tolerance (a misspelt word
 * finds nothing until the index is ready), a simpler ranking (occurrences, up to three per field,
 * title double, instead of BM25), and list numbers and task boxes count as words.
 */
export function scanSearch(
  entries: Iterable<Entry>,
  text: string,
  visit: SearchVisitor,
): WordMatcher {
  const wanted = [...new Set(terms(text))];
  const matcher: WordMatcher = { prefixes: wanted, words: [] };
  if (wanted.length === 0) return matcher;
  const counters = wanted.map(wordStartCounter);
  for (const entry of entries) {
    // Link targets are not words of the entry; cutting them costs a copy, so only when present.
    const body = entry.body.includes('](') ? searchableText(entry.body) : entry.body;
    let folded: { title: string; body: string } | undefined;
    let score = 0;
    for (const count of counters) {
      let found = TITLE_WEIGHT * count(entry.title) + count(body);
      // Raw text is searched first (no copy); accented text needs its accents removed.
      if (found === 0 && !(isAscii(entry.title) && isAscii(body))) {
        folded ??= { title: normalizeText(entry.title), body: normalizeText(body) };
        found = TITLE_WEIGHT * count(folded.title) + count(folded.body);
      }
      if (found === 0) {
        score = 0;
        break;
      }
      score += found;
    }
    if (score > 0) visit(entry, score);
  }
  return matcher;
}

/** Counts (up to MAX_COUNT) the words of a text that start with `term`, ignoring case. */
function wordStartCounter(term: string): (text: string) => number {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escaped}`, 'giu');
  return (text) => {
    pattern.lastIndex = 0;
    let count = 0;
    while (count < MAX_COUNT && pattern.exec(text)) count++;
    return count;
  };
}
