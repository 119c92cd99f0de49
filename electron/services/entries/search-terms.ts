/**
 * How text is cut into searchable words. The index, the query and the snippet highlighter must
 * all agree on it, or a highlighted word would not be the word that matched.
 */

/** A word is a run of letters, digits and combining marks; everything else separates words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const SEPARATOR = /[^\p{L}\p{N}\p{M}]+/u;
const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_SEPARATOR = /[^a-z0-9]+/;
const MARKS = /\p{M}+/gu;

/** True when every character of `text` is ASCII. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** Lower case without accents, so "Ca va" finds "Ça va" and "ANXIETY" finds "anxiety". */
export function normalizeText(text: string): string {
  // Most journals are mostly ASCII, where this is all it takes; NFD is the slow part.
  if (isAscii(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The normalised words of `text`, in order, repeats kept (they weigh in the ranking). */
export function terms(text: string): string[] {
  const ascii = isAscii(text);
  const normalized = ascii
    ? text.toLowerCase()
    : text.normalize('NFD').replace(MARKS, '').toLowerCase();
  const words =
    ascii || isAscii(normalized) ? normalized.split(ASCII_SEPARATOR) : normalized.split(SEPARATOR);
  // Separators come in runs, so only a leading or trailing one leaves an empty string.
  if (words[0] === '') words.shift();
  if (words.at(-1) === '') words.pop();
  return words;
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
      term: normalizeText(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return spans;
}
