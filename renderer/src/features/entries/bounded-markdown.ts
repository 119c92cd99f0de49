/**
 * Markdown as the editor may read it: quotes, lists and emphasis nested at most `MAX_NESTING`
 * deep. The Markdown parser and the editor recurse once per level, so a pasted body of 1,000
 * nested `>` or 10,000 `*` exhausts the call stack. Markers past the limit get a backslash and
 * stay the literal characters they were: the words are all there, only the extra nesting is not.
 * Fenced code and code spans are left untouched, since a backslash there would show.
 */
export const MAX_NESTING = 16;

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})/;
// A closing fence may sit inside the quotes or list item its block opened in.
const CLOSING_FENCE = /^[\s>]*(`{3,}|~{3,})\s*$/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/;

/** `markdown` with nesting past `max` levels turned into literal text. */
export function boundNesting(markdown: string, max = MAX_NESTING): string {
  const lines = markdown.split('\n');
  let fence: { marker: string; nested: boolean } | null = null; // the code block we are in
  for (let n = 0; n < lines.length; n += 1) {
    const line = lines[n]!;
    if (fence !== null) {
      const close = CLOSING_FENCE.exec(line)?.[1];
      const ends = close && close[0] === fence.marker[0] && close.length >= fence.marker.length;
      // A block opened in a quote or list item also ends with it, at a line that is neither.
      const left = fence.nested && /^[^\s>]/.test(line);
      if (ends || !left) {
        if (ends) fence = null;
        continue;
      }
      fence = null;
    }
    if (THEMATIC_BREAK.test(line)) continue;
    const bounded = boundContainers(line, max);
    const content = bounded.line.slice(bounded.end);
    const open = bounded.line === line ? FENCE.exec(content)?.[1] : undefined;
    if (open && !(open[0] === '`' && content.slice(open.length).includes('`'))) {
      fence = { marker: open, nested: bounded.end > 3 || /[^ ]/.test(line.slice(0, bounded.end)) };
      continue;
    }
    lines[n] = bounded.line.slice(0, bounded.end) + boundEmphasis(content, max);
  }
  return lines.join('\n');
}

/** Where a quote or list marker starting at `i` ends, and where a backslash would disarm it. */
function containerMarker(line: string, i: number): { end: number; escapeAt: number } | null {
  const ch = line[i];
  if (ch === '>') return { end: i + 1, escapeAt: i };
  const spaceOrEnd = (at: number) => at >= line.length || line[at] === ' ' || line[at] === '\t';
  if ((ch === '-' || ch === '*' || ch === '+') && spaceOrEnd(i + 1)) {
    return { end: i + 1, escapeAt: i };
  }
  let d = i;
  while (d < line.length && d - i < 9 && line[d]! >= '0' && line[d]! <= '9') d += 1;
  if (d > i && (line[d] === '.' || line[d] === ')') && spaceOrEnd(d + 1)) {
    return { end: d + 1, escapeAt: d };
  }
  return null;
}

/**
 * The line with the quote and list markers that open more than `max` levels escaped, and where
 * its content starts. Each marker opens a level; so does each two columns of indentation, which
 * is how nested list items are written on lines of their own.
 */
function boundContainers(line: string, max: number): { line: string; end: number } {
  let i = 0;
  let depth = 0;
  let indent = 0;
  let leading = 0; // where the line's own indentation ends
  for (let first = true; ; first = false) {
    let columns = 0;
    for (; line[i] === ' ' || line[i] === '\t'; i += 1) columns += line[i] === '\t' ? 4 : 1;
    if (first) leading = i;
    // One space after a marker belongs to the marker; more is indentation.
    indent += first ? columns : Math.max(0, columns - 1);
    const marker = containerMarker(line, i);
    if (!marker) return { line, end: i };
    depth += 1;
    if (depth + Math.floor(indent / 2) > max) {
      const at = marker.escapeAt;
      // The escaped line continues the deepest paragraph, where indentation does not show; the
      // parser re-scans long runs of it, so at most the bound's worth is kept.
      const kept = Math.min(leading, 2 * max);
      const head = ' '.repeat(kept) + line.slice(leading, at);
      return { line: `${head}\\${line.slice(at)}`, end: i - leading + kept };
    }
    i = marker.end;
  }
}

function isSpaceAt(text: string, at: number): boolean {
  return at < 0 || at >= text.length || WHITESPACE.test(text[at]!);
}

function isPunctuationAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && ASCII_PUNCTUATION.test(text[at]!);
}

/**
 * Inline text with the emphasis delimiter runs (`*`, `_`, `~`) that would open more than `max`
 * levels escaped; a run of n characters can open about n / 2 (`**` strong, `*` emphasis).
 * Code spans are copied as they are.
 */
function boundEmphasis(text: string, max: number): string {
  if (!/[*_~]/.test(text)) return text;
  const closers = codeSpanClosers(text);
  let out = '';
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && isPunctuationAt(text, i + 1)) {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === '`') {
      let end = i;
      while (text[end] === '`') end += 1;
      const to = closers.get(i) ?? end;
      out += text.slice(i, to);
      i = to;
      continue;
    }
    if (ch !== '*' && ch !== '_' && ch !== '~') {
      out += ch;
      i += 1;
      continue;
    }
    let end = i;
    while (text[end] === ch) end += 1;
    const run = text.slice(i, end);
    // CommonMark's flanking rules, simplified: a run can open emphasis when text follows it,
    // close when text precedes it; inside a word it could do either.
    const before = i - 1;
    const canOpen =
      !isSpaceAt(text, end) &&
      (!isPunctuationAt(text, end) || isSpaceAt(text, before) || isPunctuationAt(text, before));
    const canClose =
      !isSpaceAt(text, before) &&
      (!isPunctuationAt(text, before) || isSpaceAt(text, end) || isPunctuationAt(text, end));
    const levels = Math.ceil(run.length / 2);
    const closes = canClose && (!canOpen || depth > 0);
    if (closes) depth = Math.max(0, depth - levels);
    const opens = canOpen && !closes;
    if (opens && depth + levels > max) {
      out += run.replace(/[*_~]/g, '\\$&');
    } else {
      out += run;
      if (opens) depth += levels;
    }
    i = end;
  }
  return out;
}

/**
 * For each backtick run that opens a code span, where the span ends: at the next run of the
 * same length. Found in one pass, keeping for each length the runs still waiting for a closer.
 */
function codeSpanClosers(text: string): Map<number, number> {
  const closers = new Map<number, number>();
  if (!text.includes('`')) return closers;
  const waiting = new Map<number, number>(); // run length → start of the earliest open run
  for (let i = 0; i < text.length;) {
    if (text[i] === '\\' && isPunctuationAt(text, i + 1)) {
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      i += 1;
      continue;
    }
    let end = i;
    while (text[end] === '`') end += 1;
    const length = end - i;
    const opener = waiting.get(length);
    if (opener === undefined) {
      waiting.set(length, i);
    } else {
      closers.set(opener, end);
      waiting.delete(length);
      // Runs that opened inside the span are text, not openers.
      for (const [len, start] of waiting) if (start > opener) waiting.delete(len);
    }
    i = end;
  }
  return closers;
}
