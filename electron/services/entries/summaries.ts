import type { Entry } from '../../../shared/domain';
import type { EntrySummary, Snippet } from '../../../shared/entries/queries';
import { EXCERPT_CHARS, clip, excerpt, plainText } from './plain-text';
import { isAscii, wordSpans } from './search-terms';
import type { WordSpan } from './search-terms';

const SNIPPET_CHARS = 160;
/** How much text comes before the first match, so it is read in context. */
const SNIPPET_LEAD = 50;

/**
 * What the timeline shows of an entry. With a search, `words` are the indexed words that
 * matched, and the summary says where they are in the title and the body.
 */
export function summarize(entry: Entry, words?: readonly string[]): EntrySummary {
  const summary: EntrySummary = {
    id: entry.id,
    date: entry.date,
    title: entry.title,
    tags: [...entry.tags],
    shareLevel: entry.shareLevel,
    excerpt: '',
    updatedAt: entry.updatedAt,
  };
  if (entry.mood !== undefined) summary.mood = entry.mood;
  if (!words) {
    summary.excerpt = excerpt(entry.body);
    return summary;
  }
  const matched = new Set(words);
  const plain = plainText(entry.body);
  summary.excerpt = clip(plain, EXCERPT_CHARS);
  summary.titleMarks = marksIn(entry.title, matched);
  const snippet = snippetOf(plain, matched);
  if (snippet) summary.snippet = snippet;
  return summary;
}

/**
 * Where the given normalised words occur in `text`. On ASCII text normalising keeps offsets,
 * so one regular expression over the lower-cased text finds them; other text is cut into words.
 */
function occurrences(text: string, words: ReadonlySet<string>): Array<[number, number]> {
  if (!isAscii(text)) {
    return wordSpans(text)
      .filter((span: WordSpan) => words.has(span.term))
      .map((span) => [span.start, span.end]);
  }
  const ascii = [...words].filter((word) => /^[a-z0-9]+$/.test(word));
  if (ascii.length === 0) return [];
  ascii.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![a-z0-9])(?:${ascii.join('|')})(?![a-z0-9])`, 'g');
  const found: Array<[number, number]> = [];
  for (const match of text.toLowerCase().matchAll(pattern)) {
    found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/** [start, end) offsets (UTF-16 code units, as JavaScript strings count) of the matched words. */
export function marksIn(text: string, words: ReadonlySet<string>): Array<[number, number]> {
  return words.size === 0 ? [] : occurrences(text, words);
}

/**
 * About 160 characters of `text` around the first matched word, cut at word boundaries, with
 * every matched word inside it marked. Plain text and offsets, never HTML.
 */
export function snippetOf(text: string, words: ReadonlySet<string>): Snippet | null {
  const spans = marksIn(text, words);
  const first = spans[0];
  if (!first) return null;
  const [firstStart, firstEnd] = first;
  let start = Math.max(0, Math.min(firstStart - SNIPPET_LEAD, text.length - SNIPPET_CHARS));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= firstStart ? firstStart : space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > firstEnd) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const marks = spans
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s - start + lead.length, e - start + lead.length]);
  return { text: lead + text.slice(start, end) + tail, marks };
}
