import type { Entry } from '../../../shared/domain';
import type { EntrySummary, Snippet } from '../../../shared/entries/queries';
import { excerpt, plainText } from './plain-text';
import type { SearchHit } from './search-index';
import { wordSpans } from './search-terms';

const SNIPPET_CHARS = 160;
/** How much text comes before the first match, so it is read in context. */
const SNIPPET_LEAD = 50;

/** What the timeline shows of an entry; with a search hit, where the words were found. */
export function summarize(entry: Entry, hit?: SearchHit): EntrySummary {
  const summary: EntrySummary = {
    id: entry.id,
    date: entry.date,
    title: entry.title,
    tags: [...entry.tags],
    shareLevel: entry.shareLevel,
    excerpt: excerpt(entry.body),
    updatedAt: entry.updatedAt,
  };
  if (entry.mood !== undefined) summary.mood = entry.mood;
  if (hit) {
    summary.titleMarks = marksIn(entry.title, hit.titleTerms);
    const snippet = hit.bodyTerms.size > 0 ? snippetOf(plainText(entry.body), hit.bodyTerms) : null;
    if (snippet) summary.snippet = snippet;
  }
  return summary;
}

/** [start, end) offsets (UTF-16 code units, as JavaScript strings count) of the matched words. */
export function marksIn(text: string, terms: ReadonlySet<string>): Array<[number, number]> {
  if (terms.size === 0) return [];
  return wordSpans(text)
    .filter((span) => terms.has(span.term))
    .map((span) => [span.start, span.end]);
}

/**
 * About 160 characters of `text` around the first matched word, cut at word boundaries, with
 * every matched word inside it marked. Plain text and offsets, never HTML.
 */
export function snippetOf(text: string, terms: ReadonlySet<string>): Snippet | null {
  const spans = wordSpans(text).filter((span) => terms.has(span.term));
  const first = spans[0];
  if (!first) return null;
  let start = Math.max(0, Math.min(first.start - SNIPPET_LEAD, text.length - SNIPPET_CHARS));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= first.start ? first.start : space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first.end) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const marks = spans
    .filter((span) => span.start >= start && span.end <= end)
    .map((span): [number, number] => [
      span.start - start + lead.length,
      span.end - start + lead.length,
    ]);
  return { text: lead + text.slice(start, end) + tail, marks };
}
