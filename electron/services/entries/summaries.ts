import type { Entry } from '../../../shared/domain';
import type { EntrySummary, Snippet } from '../../../shared/entries/entry-contract';
import { EXCERPT_CHARS, clip, excerpt, plainText } from './plain-text';
import type { WordMatcher } from './search-index';
import { isAscii, wordSpans } from './search-terms';

const SNIPPET_CHARS = 160;
/** How much text comes before the first match, so it is read in context. */
const SNIPPET_LEAD = 50;

/** What the timeline shows of an entry; with a search, where the matched words are. */
export function summarize(entry: Entry, matcher?: WordMatcher): EntrySummary {
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
  if (!matcher) {
    summary.excerpt = excerpt(entry.body);
    return summary;
  }
  const plain = plainText(entry.body);
  summary.excerpt = clip(plain, EXCERPT_CHARS);
  summary.titleMarks = marksIn(entry.title, matcher);
  const snippet = snippetOf(plain, matcher);
  if (snippet) summary.snippet = snippet;
  return summary;
}

const ASCII_WORD = /^[a-z0-9]+$/;

/**
 * [start, end) offsets (UTF-16 code units, as JavaScript strings count) of the words of `text`
 * the matcher accepts. On ASCII text normalising keeps offsets, so one regular expression over
 * the lower-cased text finds them; other text is cut into words.
 */
export function marksIn(text: string, matcher: WordMatcher): Array<[number, number]> {
  const { prefixes, words } = matcher;
  if (prefixes.length === 0 && words.length === 0) return [];
  if (!isAscii(text)) {
    const exact = new Set(words);
    return wordSpans(text)
      .filter((span) => exact.has(span.term) || prefixes.some((p) => span.term.startsWith(p)))
      .map((span): [number, number] => [span.start, span.end]);
  }
  const alternatives = [
    ...prefixes.filter((p) => ASCII_WORD.test(p)).map((p) => `${p}[a-z0-9]*`),
    ...words.filter((w) => ASCII_WORD.test(w)),
  ];
  if (alternatives.length === 0) return [];
  const pattern = new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'g');
  const found: Array<[number, number]> = [];
  for (const match of text.toLowerCase().matchAll(pattern)) {
    found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/**
 * About 160 characters of `text` around the first matched word, cut at word boundaries, with
 * every matched word inside it marked. Plain text and offsets, never HTML.
 */
export function snippetOf(text: string, matcher: WordMatcher): Snippet | null {
  const spans = marksIn(text, matcher);
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
