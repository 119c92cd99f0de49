/**
 * Markdown to plain text: what excerpts show and snippet offsets point into, and the words
 * search indexes. The output is only ever shown as text, never parsed as HTML: literal `<script>` typed by the
 * person stays `<script>`, because stripping it would hide what they wrote.
 */

import { withoutMarks } from '../../../shared/insight-marks';
import {
  isTableDivider,
  replaceAutolinks,
  replaceCellSeparators,
  replaceLinks,
  replacePairedEmphasis,
} from './linear-markdown';

// Escaped punctuation is parked in the Private Use Area while syntax is stripped, so `\*` stays
// a literal star instead of being read as emphasis.
const PARK_BASE = 0xe000;
const ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
const PARKED = /[\ue000-\ue07f]/g;

const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const HEADING = /^\s{0,3}#{1,6}(\s+|$)/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const QUOTE = /^\s{0,3}(>\s?)+/;
const LIST_ITEM = /^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?/;

// Each rule runs only on lines holding its marker character: most lines of a journal are prose.
// Rules that could re-scan a long line from many starts are scanners (linear-markdown.ts); a link
// target may hold one level of parentheses: [x](javascript:alert(1)).
function inline(line: string): string {
  let out = line;
  if (out.includes('](')) out = replaceLinks(out);
  if (out.includes('<')) {
    out = replaceAutolinks(out).replace(/<br\s*\/?>/gi, ' ');
  }
  if (out.includes('`')) out = out.replace(/`+([^`]*)`+/g, '$1');
  if (out.includes('*') || out.includes('_') || out.includes('~')) {
    out = replacePairedEmphasis(out)
      // Single `*`/`_` only at word edges, so snake_case and 2*3*4 keep their characters.
      .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_]*?\S)\2(?=[^\p{L}\p{N}*_]|$)/gu, '$1$3');
  }
  if (out.includes('|')) out = replaceCellSeparators(out);
  return out;
}

/** The words of a Markdown text with its syntax removed and every run of whitespace made one space. */
export function plainText(markdown: string): string {
  const escaped = markdown.includes('\\');
  const parked = escaped
    ? markdown.replace(ESCAPE, (_, ch: string) => String.fromCharCode(PARK_BASE + ch.charCodeAt(0)))
    : markdown;
  // Insight marks' tags go, their words stay; after parking, so `\<mark …>` stays the text it is.
  const unmarked = parked.includes('<mark') ? withoutMarks(parked) : parked;
  const out: string[] = [];
  for (const raw of unmarked.split(/\r\n|\r|\n/)) {
    if (FENCE.test(raw) || RULE.test(raw) || SETEXT.test(raw) || isTableDivider(raw)) continue;
    out.push(inline(raw.replace(QUOTE, '').replace(HEADING, '').replace(LIST_ITEM, '')));
  }
  const joined = out.join(' ');
  // Prose is mostly single spaces already: test before rewriting the whole string.
  const text = (/[^\S ]| {2}/.test(joined) ? joined.replace(/\s+/g, ' ') : joined).trim();
  return escaped
    ? text.replace(PARKED, (ch) => String.fromCharCode(ch.charCodeAt(0) - PARK_BASE))
    : text;
}

// Indentation is matched within its own line (`[^\S\n\r\u2028\u2029]`, not `\s`): a `^\s*` that
// crosses line ends re-scans every following blank line from each line start. The result is the
// same, since a marker after blank lines also starts its own line.
const ORDERED_MARKER = /^([^\S\n\r\u2028\u2029]*)\d{1,9}[.)](?=\s)/gm;
const STARTS_WITH_DIGIT = /^[^\S\n\r\u2028\u2029]*\d/m;
const TASK_BOX = /^([^\S\n\r\u2028\u2029]*[-*+]\s+)\[[ xX]\](?=\s)/gm;

/**
 * The text search indexes of a body. Cheaper than `plainText` and words the same: Markdown's
 * punctuation separates words anyway, so only what is not shown as words goes (link targets,
 * list numbers, task boxes, insight marks' tags).
 */
export function searchableText(markdown: string): string {
  // An insight mark's tags are not words: `a<mark …>b</mark>c` is the one word the editor shows.
  let text = markdown.includes('<mark') ? withoutMarks(markdown) : markdown;
  if (text.includes('](')) text = replaceLinks(text);
  if (STARTS_WITH_DIGIT.test(text)) text = text.replace(ORDERED_MARKER, '$1');
  if (text.includes('[')) text = text.replace(TASK_BOX, '$1');
  return text;
}

/** At most `max` characters of `text`, cut at a word boundary with an ellipsis when shortened. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export const EXCERPT_CHARS = 200;

/** The first words of an entry's body as plain text, for the timeline. */
export function excerpt(markdown: string): string {
  // Bodies can be long; the first few KB always hold the first 200 characters of text.
  const head = markdown.length > 4_000 ? markdown.slice(0, 4_000) : markdown;
  return clip(plainText(head), EXCERPT_CHARS);
}
