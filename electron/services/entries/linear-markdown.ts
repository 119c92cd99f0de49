/**
 * Linear-time versions of the Markdown rules `plain-text.ts` applies, for text a person may paste
 * by the hundred thousand characters. Each function returns exactly what its backtracking regular
 * expression (quoted above it) returned; the regular expressions re-scanned the rest of the text
 * from every candidate start, which made a bracket- or star-heavy paste take seconds to index
 * while saves and auto-lock waited. Positions are UTF-16 code units, as in a non-`u` RegExp.
 */

const WHITESPACE = /\s/;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && WHITESPACE.test(ch);
}

/**
 * Where the target of a link whose label closes at `close` (`](` at close, close + 1) ends,
 * exclusive, or -1: the target may hold balanced pairs of parentheses one level deep.
 */
function targetEnd(text: string, close: number): number {
  let i = close + 2;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ')') return i + 1;
    if (ch === '(') {
      // A nested pair: its inside holds no parenthesis, so the next one must close it.
      i += 1;
      while (i < text.length && text[i] !== '(' && text[i] !== ')') i += 1;
      if (text[i] !== ')') return -1;
    }
    i += 1;
  }
  return -1;
}

/** `text.replace(/!?\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')`: links and images become their label. */
export function replaceLinks(text: string): string {
  let out = '';
  let from = 0; // where the next match may start
  let close = -1; // the first `]` after the current `[`, shared by every `[` before it
  let end = -1; // targetEnd for `close`, computed once per `]`
  for (let open = text.indexOf('[', from); open >= 0; open = text.indexOf('[', from)) {
    if (close <= open) {
      close = text.indexOf(']', open + 1);
      if (close < 0) break;
      end = text[close + 1] === '(' ? targetEnd(text, close) : -1;
    }
    if (end < 0) {
      // Every `[` up to this `]` fails the same way; the next candidate comes after it.
      out += text.slice(from, close + 1);
      from = close + 1;
      continue;
    }
    const start = open > from && text[open - 1] === '!' ? open - 1 : open;
    out += text.slice(from, start) + text.slice(open + 1, close);
    from = end;
  }
  return out + text.slice(from);
}

/** `text.replace(/(\*\*|__|~~)(?=\S)([^]*?\S)\1/g, '$2')`: bold and strike-through lose their markers. */
export function replacePairedEmphasis(text: string): string {
  // closers.get(marker)[i] is the first position >= i where `marker` can close a span: it starts
  // there and the character before it is not whitespace. Built once per marker, right to left.
  const closers = new Map<string, Int32Array>();
  const closerTable = (marker: string): Int32Array => {
    let next = closers.get(marker);
    if (next) return next;
    next = new Int32Array(text.length + 2).fill(-1);
    for (let i = text.length - 2; i >= 1; i -= 1) {
      next[i] = text.startsWith(marker, i) && !isSpace(text[i - 1]) ? i : next[i + 1]!;
    }
    closers.set(marker, next);
    return next;
  };
  const opener = /\*\*|__|~~/g;
  let out = '';
  let from = 0;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const at = m.index;
    const close = isSpace(text[at + 2]) ? -1 : (closerTable(m[0])[at + 3] ?? -1);
    if (close >= 0) {
      out += text.slice(from, at) + text.slice(at + 2, close);
      from = opener.lastIndex = close + 2;
    } else {
      // `***`: the marker may also open one character later.
      opener.lastIndex = at + 1;
    }
  }
  return out + text.slice(from);
}

const AUTOLINK_HEAD = /^<(?:https?|mailto):[^>\s]/i;

/** `text.replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')`: autolinks lose their angle brackets. */
export function replaceAutolinks(text: string): string {
  // A candidate runs from `<` to the end of its run of non-space, non-`>` characters and needs
  // the `>` right there, so every `<` in one run ends the same way: the first that fits wins.
  return text.replace(/[^>\s]+>?/g, (run) => {
    if (!run.endsWith('>')) return run;
    const body = run.slice(0, -1);
    for (let lt = body.indexOf('<'); lt >= 0; lt = body.indexOf('<', lt + 1)) {
      if (AUTOLINK_HEAD.test(body.slice(lt, lt + 10)))
        return body.slice(0, lt) + body.slice(lt + 1);
    }
    return run;
  });
}

/**
 * `text.replace(/\s*\|\s*\/g, …)` where each cell separator becomes one space, or nothing at the
 * very start or end of the line.
 */
export function replaceCellSeparators(text: string): string {
  return text.replace(/[\s|]+/g, (run: string, offset: number) => {
    const pipes = run.split('|').length - 1;
    if (pipes === 0) return run;
    const first = offset === 0 ? '' : ' ';
    const last = offset + run.length === text.length ? '' : ' ';
    return pipes === 1 ? first && last : first + ' '.repeat(pipes - 2) + last;
  });
}

const TABLE_DIVIDER = /^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;

/** `TABLE_DIVIDER.test(line)`, deciding on a copy with each run of whitespace made one space. */
export function isTableDivider(line: string): boolean {
  // Every whitespace in the pattern is `\s*`, so the length of a run never matters; long runs
  // are what made the many adjacent `\s*` backtrack.
  if (!line.includes('|') || !line.includes('-') || !/^[\s|:-]*$/.test(line)) return false;
  return TABLE_DIVIDER.test(line.replace(/\s+/g, ' '));
}
