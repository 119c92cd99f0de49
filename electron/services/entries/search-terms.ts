/**
 * How text is cut into searchable words. The index, the query and the snippet highlighter must
 * all agree on it, or a highlighted word would not be the word that matched.
 */

/** A word is a run of letters, digits and combining marks; everything else separates words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;

/** Words of `text`, as written. */
export function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter((word) => word.length > 0);
}

/** Lower case without accents, so "Ca va" finds "Ça va" and "ANXIETY" finds "anxiety". */
export function normalizeTerm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export interface WordSpan {
  term: string;
  start: number;
  end: number;
}

/** Every word of `text` with its normalised form and its [start, end) offsets in `text`. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    spans.push({
      term: normalizeTerm(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return spans;
}
