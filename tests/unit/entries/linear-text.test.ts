import { describe, expect, it } from 'vitest';
import { plainText, searchableText } from '../../../electron/services/entries/plain-text';

const LENGTH = 128_000;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

// What a journal looks like: paragraphs, emphasis, links, lists, a quote, a table.
const ORDINARY = repeatTo(
  [
    '## Tuesday',
    '',
    'Felt **tense** before the call, then _lighter_ after [the walk](https://example.org/walk).',
    '- noticed the urge to avoid it',
    '- [x] tried the breathing exercise',
    '1. wrote it down',
    '> "You can be kind to yourself here", she said.',
    '| feeling | before | after |',
    '| --- | --- | --- |',
    '| calm | 3 | 6 |',
    '',
  ].join('\n'),
  LENGTH,
);

// Pastes that made the old regular expressions re-scan the rest of a line (or of the whole body)
// from every candidate start: each took seconds at this length.
const HOSTILE: Record<string, string> = {
  'opening brackets before one link': `${repeatTo('[', LENGTH - 2)}](`,
  'opening brackets before a link target that never closes': `${repeatTo('[', LENGTH / 2)}](${repeatTo('x', LENGTH / 2)}`,
  'bold markers that never close': repeatTo('**a ', LENGTH),
  'autolink starts that never close': repeatTo('<http:', LENGTH),
  'a run of spaces before a table cell': `${' '.repeat(LENGTH - 2)}|x`,
  'a line of spaces that is not a table divider': `${' '.repeat(LENGTH - 1)}x`,
  'indented blank lines before a list marker': `${repeatTo('    \n', LENGTH - 3)}1. [`,
  'insight mark openings that never close': repeatTo('<mark data-insight="a">', LENGTH),
  'an insight mark opening before a long run of angle brackets': `<mark data-insight="a">${repeatTo('<', LENGTH)}`,
};

function elapsed(markdown: string): number {
  const start = performance.now();
  plainText(markdown);
  searchableText(markdown);
  return performance.now() - start;
}

/** The fastest of a few runs: the machine's other work only ever adds time. */
function fastest(markdown: string, runs: number): number {
  return Math.min(...Array.from({ length: runs }, () => elapsed(markdown)));
}

// Linear code stays within a small factor of ordinary text; the old code was hundreds of times
// slower on every payload here.
const MAX_RATIO = 25;

describe('indexing hostile pastes', () => {
  it.each(Object.entries(HOSTILE))(
    'takes time in proportion to its length: %s',
    (_name, markdown: string) => {
      expect(markdown.length).toBeGreaterThanOrEqual(LENGTH - 3);
      // Warm the engine up on both before measuring.
      elapsed(ORDINARY);
      elapsed(markdown.slice(0, 10_000));
      const baseline = Math.max(fastest(ORDINARY, 5), 1);
      // Further runs only when the first was not far over: the old code took seconds each time.
      const first = elapsed(markdown) / baseline;
      const ratio =
        first > MAX_RATIO * 10 ? first : Math.min(first, fastest(markdown, 4) / baseline);
      expect(ratio, `hostile/ordinary time, ordinary took ${baseline.toFixed(1)} ms`).toBeLessThan(
        MAX_RATIO,
      );
    },
    120_000,
  );
});

describe('plain text of syntax that only partly matches', () => {
  // Known answers taken from the regular expressions the scanners replaced.
  it.each([
    ['***a** and __b__ ~~ c~~ ~~d~~', '*a and b ~~ c~~ d'],
    ['<http:a<b> <mailto:x> <https:> <HTTP://x.y/z>', 'http:a<b mailto:x <https:> HTTP://x.y/z'],
    ['| a | | b |', 'a b'],
    ['x ![pic](p.png) [[a](b) [c](d(e)f) [g](h(i)', 'x pic [a c [g](h(i)'],
    ['[a] (b) [c](', '[a] (b) [c]('],
    ['  |  :--- | -: |  ', ''],
  ])('%j reads %j', (markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });

  it('search keeps the words of list items and drops only their markers', () => {
    expect(searchableText('\n\n  3. three\n-\n[ ] no box\n- [x] box [a](b)')).toBe(
      '\n\n   three\n-\n no box\n-  box a',
    );
  });
});
