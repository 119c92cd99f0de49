/**
 * Insight marks in an entry's Markdown body: `<mark data-insight="ID">passage</mark>`.
 *
 * One definition of what counts as a mark, shared by main (which strips marks that point at
 * another entry's insights) and the editor (whose Markdown tokenizer calls `markAt`), so the two
 * can never disagree on which tags are marks. A mark is exactly:
 * - the opening tag `<mark data-insight="ID">`, character for character, with an ID of
 *   `INSIGHT_MARK_ID` characters (a subset of the app's ids: random UUIDs fit);
 * - a non-empty passage on one line, holding nothing that looks like a mark tag (see
 *   `isMarkTagAt`), so marks never nest;
 * - the closing tag `</mark>`, exactly.
 * Anything else that looks like a mark tag is text, and the editor shows it as the characters
 * it is. Main scans the raw body and sees the syntax even where the editor would not make a mark
 * (inside a code span, after a backslash): it may strip more than the editor would show, never
 * less. So exact mark syntax typed inside inline code or a code block (which the editor writes
 * as it is) counts as a mark here too.
 *
 * Every function here runs in time linear in the body's length.
 */

/** The characters an insight id may have to be written in a mark. */
export const INSIGHT_MARK_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ID_MAX = 64;

const OPEN_HEAD = '<mark data-insight="';
const OPEN_TAIL = '">';
export const CLOSE_TAG = '</mark>';

/** Whether `id` can be written in a mark. */
export const isInsightMarkId = (id: string): boolean => INSIGHT_MARK_ID.test(id);

/** The opening tag of the mark for `id`; `id` must pass `isInsightMarkId`. */
export const openTag = (id: string): string => `${OPEN_HEAD}${id}${OPEN_TAIL}`;

/** One mark of a text: its opening tag starts at `start`, its words are `from`–`to`, its closing tag ends at `end`. */
export interface FoundMark {
  id: string;
  start: number;
  from: number;
  to: number;
  end: number;
}

const isIdChar = (code: number) =>
  (code >= 48 && code <= 57) || // 0-9
  (code >= 65 && code <= 90) || // A-Z
  (code >= 97 && code <= 122) || // a-z
  code === 45 || // -
  code === 95; // _

/** Whether the characters at `at` (HTML's name end) can follow a tag name. */
function endsTagName(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const ch = text.charCodeAt(at);
  // space, tab, line feed, form feed, carriage return, '/', '>'
  return ch === 32 || ch === 9 || ch === 10 || ch === 12 || ch === 13 || ch === 47 || ch === 62;
}

/**
 * Whether a tag that an HTML reader would take for a `<mark>` or `</mark>` starts at `at`, in
 * any letter case and with any attributes: `<mark`, `<MARK onclick=…`, `</mark `. Returns the
 * length of its `<mark` or `</mark` part, or 0.
 */
export function isMarkTagAt(text: string, at: number): number {
  if (text.charCodeAt(at) !== 60) return 0; // <
  const name = text.charCodeAt(at + 1) === 47 ? at + 2 : at + 1; // </
  // `| 0x20` lowers an ASCII capital; no other character lands on these letters.
  const isName =
    (text.charCodeAt(name) | 0x20) === 109 && // m
    (text.charCodeAt(name + 1) | 0x20) === 97 && // a
    (text.charCodeAt(name + 2) | 0x20) === 114 && // r
    (text.charCodeAt(name + 3) | 0x20) === 107; // k
  return isName && endsTagName(text, name + 4) ? name + 4 - at : 0;
}

/** The id of an exact opening tag at `at`, and where the tag ends; null if there is none. */
function openingTagAt(text: string, at: number): { id: string; end: number } | null {
  if (!text.startsWith(OPEN_HEAD, at)) return null;
  const idStart = at + OPEN_HEAD.length;
  let i = idStart;
  while (i < text.length && i - idStart <= ID_MAX && isIdChar(text.charCodeAt(i))) i += 1;
  if (i === idStart || i - idStart > ID_MAX || !text.startsWith(OPEN_TAIL, i)) return null;
  return { id: text.slice(idStart, i), end: i + OPEN_TAIL.length };
}

/** The next mark-like tag at or after `from`, or -1. Stops at a line end when `line` is set. */
function nextMarkTag(text: string, from: number, line: boolean): number {
  for (let i = from; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (line && (ch === 10 || ch === 13)) return -1;
    if (ch === 60 && isMarkTagAt(text, i)) return i;
  }
  return -1;
}

/**
 * The mark whose opening tag starts exactly at `at`, or null: what the editor's tokenizer asks
 * at each `<`. Costs the length of the passage it reads (up to the next mark-like tag or line
 * end), and those stretches do not overlap between openings.
 */
export function markAt(text: string, at: number): FoundMark | null {
  const open = openingTagAt(text, at);
  if (!open) return null;
  const close = nextMarkTag(text, open.end, true);
  if (close <= open.end || !text.startsWith(CLOSE_TAG, close)) return null;
  return { id: open.id, start: at, from: open.end, to: close, end: close + CLOSE_TAG.length };
}

/** Every mark of `markdown`, in order. */
export function findMarks(markdown: string): FoundMark[] {
  const found: FoundMark[] = [];
  let at = markdown.indexOf('<');
  while (at !== -1) {
    const mark = markAt(markdown, at);
    if (mark) {
      found.push(mark);
      at = markdown.indexOf('<', mark.end);
      continue;
    }
    // The next candidate is the next mark-like tag: a `<mark` that fails as an opening can still
    // be followed by one that succeeds, and nothing before it can start a mark.
    at = markdown.indexOf('<', at + 1);
  }
  return found;
}

/** The insight ids marked in a body, each once, in order of first appearance. */
export function markIdsIn(markdown: string): string[] {
  return [...new Set(findMarks(markdown).map((mark) => mark.id))];
}

/** Where an exact opening tag ends at `top` in `out` starts, with its id; null if none does. */
function openingTagEndingAt(out: Uint16Array, top: number): { start: number; id: string } | null {
  if (top < OPEN_HEAD.length + 1 + OPEN_TAIL.length || out[top - 2] !== 34) return null; // "
  let idStart = top - OPEN_TAIL.length;
  while (idStart > 0 && top - OPEN_TAIL.length - idStart < ID_MAX && isIdChar(out[idStart - 1]!)) {
    idStart -= 1;
  }
  const idEnd = top - OPEN_TAIL.length;
  const start = idStart - OPEN_HEAD.length;
  if (idStart === idEnd || start < 0) return null;
  for (let k = 0; k < OPEN_HEAD.length; k += 1) {
    if (out[start + k] !== OPEN_HEAD.charCodeAt(k)) return null;
  }
  return { start, id: String.fromCharCode(...out.subarray(idStart, idEnd)) };
}

function decode(out: Uint16Array, length: number): string {
  const chunks: string[] = [];
  for (let at = 0; at < length; at += 0x2000) {
    chunks.push(String.fromCharCode(...out.subarray(at, Math.min(length, at + 0x2000))));
  }
  return chunks.join('');
}

/**
 * `markdown` without an opening tag whose id `keep` refuses, and without the closing tags of the
 * marks those opened; every other character stays. Taking tags out joins the text on either
 * side, which can spell a new opening tag (`<mark data-insight="` + a dropped tag + `B">`) or
 * complete one an inner mark held open, so the text is rebuilt on a stack: each time a `>` lands
 * on it, an opening tag it completes with a refused id comes off again. Each character goes on
 * once and off at most once.
 */
function dropMarks(markdown: string, keep: (id: string) => boolean): string {
  let refused = false;
  for (let at = markdown.indexOf(OPEN_HEAD); at !== -1; at = markdown.indexOf(OPEN_HEAD, at + 1)) {
    const open = openingTagAt(markdown, at);
    if (open && !keep(open.id)) {
      refused = true;
      break;
    }
  }
  if (!refused) return markdown;
  const closes = findMarks(markdown)
    .filter((mark) => !keep(mark.id))
    .map((mark) => mark.to);
  const out = new Uint16Array(markdown.length);
  let top = 0;
  let next = 0; // the next closing tag to leave out
  for (let i = 0; i < markdown.length; i += 1) {
    if (i === closes[next]) {
      i += CLOSE_TAG.length - 1;
      next += 1;
      continue;
    }
    const ch = markdown.charCodeAt(i);
    out[top] = ch;
    top += 1;
    if (ch !== 62) continue; // >
    const open = openingTagEndingAt(out, top);
    if (open && !keep(open.id)) top = open.start;
  }
  return decode(out, top);
}

/**
 * The body with every mark whose id is not in `allowedIds` turned back into its plain words.
 * Main applies it to every body it stores, with the ids of this entry's own insights, so a body
 * can never carry a mark pointing at another entry's insight: the result holds no opening tag
 * with another id at all, paired or not. Mark-like tags that are not exactly the syntax
 * (`<mark onclick=…>`, `<MARK …>`, a stray `</mark>`) are left as the text they are.
 */
export function stripForeignMarks(markdown: string, allowedIds: ReadonlySet<string>): string {
  return dropMarks(markdown, (id) => allowedIds.has(id));
}

/** The body without the mark of insight `id`; its words and every other mark stay. */
export function removeMark(markdown: string, id: string): string {
  return dropMarks(markdown, (marked) => marked !== id);
}

/** The body with every mark's tags removed and its words kept: text for excerpts and search. */
export function withoutMarks(markdown: string): string {
  return dropMarks(markdown, () => false);
}
