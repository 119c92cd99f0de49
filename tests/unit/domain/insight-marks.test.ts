import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findMarks,
  isInsightMarkId,
  markIdsIn,
  openTag,
  removeMark,
  stripForeignMarks,
  withoutMarks,
} from '../../../shared/insight-marks';

const A = '0b8a4e8c-2a4f-4d7e-9d6b-3f1e2a9c7b10';
const B = 'f3c1d2e4-5b6a-4c8d-9e0f-1a2b3c4d5e6f';
const mark = (id: string, words: string) => `${openTag(id)}${words}</mark>`;

describe('finding insight marks', () => {
  it('reads the ids of a body’s marks in order, each once', () => {
    const body = `I ${mark(B, 'froze')} when he asked, then ${mark(A, 'breathed')} and ${mark(B, 'spoke')}.`;
    expect(markIdsIn(body)).toEqual([B, A]);
    expect(markIdsIn('no marks at all')).toEqual([]);
  });

  it('knows where each mark’s words are', () => {
    const body = `a ${mark(A, 'b c')} d`;
    const [found] = findMarks(body);
    expect(body.slice(found!.from, found!.to)).toBe('b c');
    expect(body.slice(found!.start, found!.end)).toBe(mark(A, 'b c'));
  });

  it('keeps Markdown inside a mark as the mark’s words', () => {
    expect(markIdsIn(`${mark(A, '**bold** and [a link](https://example.org/)')}`)).toEqual([A]);
  });

  it('takes ids of letters, digits, - and _ up to 64 characters, and nothing else', () => {
    expect(isInsightMarkId(A)).toBe(true);
    expect(isInsightMarkId('x'.repeat(64))).toBe(true);
    for (const id of ['', 'x'.repeat(65), 'a b', 'a"b', 'a>b', 'é', 'a\nb', 'a.b']) {
      expect(isInsightMarkId(id), id).toBe(false);
      expect(markIdsIn(`<mark data-insight="${id}">w</mark>`), id).toEqual([]);
    }
  });

  it.each([
    ['attributes in another order', `<mark class="x" data-insight="${A}">w</mark>`],
    ['an extra attribute', `<mark data-insight="${A}" onclick="alert(1)">w</mark>`],
    ['an event handler in the id', `<mark data-insight="${A}" onmouseover=alert(1)>w</mark>`],
    ['single quotes', `<mark data-insight='${A}'>w</mark>`],
    ['no quotes', `<mark data-insight=${A}>w</mark>`],
    ['spaces around =', `<mark data-insight = "${A}">w</mark>`],
    ['capitals', `<MARK data-insight="${A}">w</MARK>`],
    ['another attribute name', `<mark data-insight-id="${A}">w</mark>`],
    ['a quote inside the id', `<mark data-insight="${A}"">w</mark>`],
    ['an unclosed mark', `<mark data-insight="${A}">w`],
    ['a closing tag with a space', `<mark data-insight="${A}">w</mark >`],
    ['a closing tag in capitals', `<mark data-insight="${A}">w</MARK>`],
    ['an empty passage', `<mark data-insight="${A}"></mark>`],
    ['a passage across lines', `<mark data-insight="${A}">one\ntwo</mark>`],
    ['a passage across a paragraph break', `<mark data-insight="${A}">one\r\n\r\ntwo</mark>`],
    ['a self-closing tag', `<mark data-insight="${A}"/>w</mark>`],
    ['an entity-encoded tag', `&lt;mark data-insight="${A}"&gt;w&lt;/mark&gt;`],
  ])('is not fooled by %s', (_name, body) => {
    expect(markIdsIn(body)).toEqual([]);
    // Left as the text it is, but for an exact opening tag with an id that may not stay.
    expect(stripForeignMarks(body, new Set([A]))).toBe(body);
    expect(stripForeignMarks(body, new Set())).toBe(body.replaceAll(openTag(A), ''));
  });

  it('never nests: an opening inside a passage leaves the outer one as text', () => {
    const body = `${openTag(A)}x ${mark(B, 'y')} z</mark>`;
    expect(markIdsIn(body)).toEqual([B]);
    expect(stripForeignMarks(body, new Set([A]))).toBe(`${openTag(A)}x y z</mark>`);
  });

  it('reads a plain <mark> inside a passage as a mark-like tag that ends it', () => {
    expect(markIdsIn(`${openTag(A)}x <mark>y</mark>`)).toEqual([]);
    expect(markIdsIn(`${openTag(A)}x <markup> y</mark>`)).toEqual([A]);
  });

  it('finds a mark after a run of unclosed ones', () => {
    const body = `${openTag(A).repeat(3)}${mark(B, 'w')}`;
    expect(markIdsIn(body)).toEqual([B]);
  });
});

describe('stripping marks that belong elsewhere', () => {
  it('turns marks of other entries’ insights back into their words, exactly', () => {
    const body = `Mine: ${mark(A, 'this **part**')}. Forged: ${mark(B, 'that & <b>')}.`;
    expect(stripForeignMarks(body, new Set([A]))).toBe(
      `Mine: ${mark(A, 'this **part**')}. Forged: that & <b>.`,
    );
    expect(stripForeignMarks(body, new Set([A, B]))).toBe(body);
    expect(stripForeignMarks(body, new Set())).toBe('Mine: this **part**. Forged: that & <b>.');
  });

  it('returns the same string when there is nothing to strip', () => {
    const body = `a ${mark(A, 'b')} c <mark onclick="x">d</mark>`;
    expect(stripForeignMarks(body, new Set([A]))).toBe(body);
  });

  it('strips an unpaired opening tag with another id too', () => {
    expect(stripForeignMarks(`${openTag(B)}never closed`, new Set([A]))).toBe('never closed');
  });

  it('does not let the text around a stripped tag spell a new one', () => {
    // Taking the inner mark out would complete the outer one.
    const nested = `${openTag(B)}x ${mark(B, 'y')} z</mark>`;
    expect(stripForeignMarks(nested, new Set())).toBe('x y z</mark>');
    // Taking a tag out of the middle of another would join its halves.
    const spliced = `<mark data-insight="${openTag(B)}${B}">w</mark>`;
    expect(markIdsIn(spliced)).toEqual([B]);
    expect(stripForeignMarks(spliced, new Set())).toBe('w');
    // And so would taking out a closing tag.
    const split = `${mark(B, 'x <mar')}k data-insight="${B}">y</mark>`;
    expect(markIdsIn(stripForeignMarks(split, new Set()))).toEqual([]);
  });

  const check = (pieces: string[], keepA: boolean) => {
    const body = pieces.join('');
    const allowed = new Set(keepA ? [A] : []);
    const stripped = stripForeignMarks(body, allowed);
    expect(openingTagIds(stripped).every((id) => allowed.has(id))).toBe(true);
    expect(isSubsequence(stripped, body)).toBe(true);
    expect(stripForeignMarks(stripped, allowed)).toBe(stripped);
    // Pieces can spell a third id ('k' + B's tail): allowing every id the body spells keeps it whole.
    expect(stripForeignMarks(body, new Set([A, B, ...openingTagIds(body)]))).toBe(body);
    return { body, stripped };
  };

  it('leaves no id it was not allowed to keep, whatever the body', () => {
    const piece = fc.constantFrom(
      openTag(A),
      openTag(B),
      '<mark data-insight="',
      `${B}">`,
      '</mark>',
      '<mark>',
      '<MARK ',
      '<mar',
      'k',
      '<',
      '>',
      '"',
      '\n',
      ' ',
      'w',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (pieces, keepA) => {
        check(pieces, keepA);
      }),
    );
  });

  it('takes out only whole tags when no tag is spelt across others', () => {
    const piece = fc.constantFrom(
      openTag(A),
      openTag(B),
      '</mark>',
      '<mark>',
      '</mark >',
      '\n',
      ' ',
      'w',
      '`',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (pieces, keepA) => {
        const { body, stripped } = check(pieces, keepA);
        expect(isBodyLessTags(body, stripped)).toBe(true);
      }),
    );
  });
});

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i += 1) if (long[i] === short[j]) j += 1;
  return j === short.length;
}

/** The ids of every exact opening tag in a text, paired or not. */
function openingTagIds(text: string): string[] {
  return [...text.matchAll(/<mark data-insight="([A-Za-z0-9_-]{1,64})">/g)].map((m) => m[1]!);
}

/** Whether `after` is `before` with some opening tags and `</mark>` tags taken out. */
function isBodyLessTags(before: string, after: string): boolean {
  const tags = (i: number) =>
    [/^<mark data-insight="[A-Za-z0-9_-]{1,64}">/, /^<\/mark>/]
      .map((re) => re.exec(before.slice(i))?.[0].length ?? 0)
      .filter((n) => n > 0);
  const seen = new Map<number, boolean>();
  const walk = (i: number, j: number): boolean => {
    if (i === before.length) return j === after.length;
    const key = i * (after.length + 1) + j;
    const known = seen.get(key);
    if (known !== undefined) return known;
    const result =
      (j < after.length && before[i] === after[j] && walk(i + 1, j + 1)) ||
      tags(i).some((n) => walk(i + n, j));
    seen.set(key, result);
    return result;
  };
  return walk(0, 0);
}

describe('removing one mark', () => {
  it('drops every piece of that insight’s mark and keeps the words and other marks', () => {
    const body = `${mark(A, 'one')} ${mark(B, 'two')} **${mark(A, 'three')}**`;
    expect(removeMark(body, A)).toBe(`one ${mark(B, 'two')} **three**`);
    expect(removeMark(body, 'unknown')).toBe(body);
  });
});

describe('plain words', () => {
  it('drop every mark’s tags and keep everything else', () => {
    expect(withoutMarks(`a${mark(A, 'b')}c <mark>d</mark>`)).toBe('abc <mark>d</mark>');
  });

  it('handle a body of a million characters of hostile tags', () => {
    const bodies = [
      openTag(A).repeat(40_000),
      `${openTag(A)}${'<'.repeat(1_000_000)}`,
      `${openTag(A)}${'x'.repeat(1_000_000)}`,
      '<mark '.repeat(160_000),
      mark(A, 'w').repeat(30_000),
    ];
    for (const body of bodies) {
      expect(() => stripForeignMarks(body, new Set())).not.toThrow();
    }
    expect(markIdsIn(mark(A, 'w').repeat(30_000))).toEqual([A]);
  });
});
