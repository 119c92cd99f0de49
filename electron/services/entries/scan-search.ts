import type { Entry } from '../../../shared/domain';
import { searchableText } from './plain-text';
import type { SearchVisitor, WordMatcher } from './search-index';
import { isAscii, normalizeText, terms } from './search-terms';

/** Title words count double, as in the index. */
const TITLE_WEIGHT = 2;
/** Occurrences counted per field, as the index caps them. */
const MAX_COUNT = 3;
const ASCII_WORD_CHAR = /[a-z0-9]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Answers a search by reading every entry, for the moments the index is not built yet (just
 * after an unlock, while it builds in the background). Same matching words as the index for
 * whole words and beginnings of words ("manag" finds "managing"), every typed word required,
 * same highlighting; but no typo tolerance (a misspelt word finds nothing until the index is
 * ready), and a simpler ranking: occurrences (up to three per field, title double) instead of
 * BM25.
 */
export function scanSearch(
  entries: Iterable<Entry>,
  text: string,
  visit: SearchVisitor,
): WordMatcher {
  const wanted = [...new Set(terms(text))];
  const matcher: WordMatcher = { prefixes: wanted, words: [] };
  if (wanted.length === 0) return matcher;
  for (const entry of entries) {
    const title = normalizeText(entry.title);
    const body = normalizeText(searchableText(entry.body));
    let score = 0;
    for (const term of wanted) {
      const found = TITLE_WEIGHT * wordStarts(title, term) + wordStarts(body, term);
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

/** How many words of `text` (normalised) start with `term`, up to MAX_COUNT. */
function wordStarts(text: string, term: string): number {
  const wordChar = isAscii(term) && isAscii(text) ? ASCII_WORD_CHAR : WORD_CHAR;
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
    if (at > 0 && wordChar.test(text[at - 1]!)) continue;
    if (++count === MAX_COUNT) break;
  }
  return count;
}
