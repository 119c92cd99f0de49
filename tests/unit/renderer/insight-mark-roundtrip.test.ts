// @vitest-environment jsdom
/// <reference lib="dom" />
import { Editor } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { editorExtensions } from '../../../renderer/src/features/entries/editor-extensions';
import { insightRanges } from '../../../renderer/src/features/entries/insight-mark';
import { markIdsIn, openTag, stripForeignMarks } from '../../../shared/insight-marks';

const ID = '0b8a4e8c-2a4f-4d7e-9d6b-3f1e2a9c7b10';
const OTHER = 'f3c1d2e4-5b6a-4c8d-9e0f-1a2b3c4d5e6f';

const editor = new Editor({
  element: document.createElement('div'),
  extensions: editorExtensions(),
});
afterAll(() => editor.destroy());

const read = (markdown: string) =>
  editor.commands.setContent(markdown, { contentType: 'markdown' });
const covered = () =>
  Object.fromEntries([...insightRanges(editor)].map(([id, range]) => [id, range.text]));
/** Words as they read: Markdown does not keep runs of spaces or spaces at a passage's edges. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

// What a person types, including what Markdown and HTML would read as syntax.
const typedPiece = fc.constantFrom(
  'a',
  'b',
  'word',
  ' ',
  '*',
  '_',
  '`',
  '~',
  '<',
  '>',
  '&',
  '\\',
  '[',
  ']',
  '!',
  '#',
  '&lt;',
  '<b>',
  openTag(OTHER),
  openTag(ID),
  '</mark>',
  '<mark>',
);
const typed = fc.array(typedPiece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
const wordsArb = fc
  .array(fc.constantFrom('calm', 'froze', 'he', 'said', 'x'), { minLength: 1, maxLength: 4 })
  .map((w) => w.join(' '));

/** The paragraph as the test expects it: each character and whether the insight mark covers it. */
type Model = Array<{ ch: string; marked: boolean }>;

type Edit =
  { kind: 'insert'; at: number; text: string } | { kind: 'delete'; from: number; to: number };

// Positions are fractions of the paragraph's length at the time of the edit, so any edit applies.
const edit = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: typed,
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    to: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

function resolve(
  e: { kind: 'insert'; at: number; text: string } | { kind: 'delete'; from: number; to: number },
  length: number,
): Edit {
  const pos = (f: number) => Math.min(length, Math.floor(f * (length + 1)));
  if (e.kind === 'insert') return { kind: 'insert', at: pos(e.at), text: e.text };
  const [from, to] = [pos(e.from), pos(e.to)].sort((x, y) => x - y) as [number, number];
  return { kind: 'delete', from, to };
}

/** The edit applied to the model: typed text joins the passage only strictly inside it. */
function applyToModel(model: Model, e: Edit): Model {
  if (e.kind === 'delete') return [...model.slice(0, e.from), ...model.slice(e.to)];
  const inside = e.at > 0 && e.at < model.length && model[e.at - 1]!.marked && model[e.at]!.marked;
  const added = [...e.text].map((ch) => ({ ch, marked: inside }));
  return [...model.slice(0, e.at), ...added, ...model.slice(e.at)];
}

/** The edit made in the editor as typing and deleting do (one paragraph: text starts at 1). */
function applyToEditor(e: Edit) {
  const tr = editor.state.tr;
  if (e.kind === 'insert') tr.insertText(e.text, 1 + e.at);
  else tr.delete(1 + e.from, 1 + e.to);
  editor.view.dispatch(tr);
}

describe('an insight mark through editing, saving and reopening', () => {
  it('covers exactly the surviving words of its passage', () => {
    fc.assert(
      fc.property(
        wordsArb,
        wordsArb,
        wordsArb,
        fc.array(edit, { maxLength: 12 }),
        (before, passage, after, edits) => {
          // The body as it was saved with a marked passage, then opened.
          read(`${before} ${openTag(ID)}${passage}</mark> ${after}`);
          let model: Model = [
            ...[...`${before} `].map((ch) => ({ ch, marked: false })),
            ...[...passage].map((ch) => ({ ch, marked: true })),
            ...[...` ${after}`].map((ch) => ({ ch, marked: false })),
          ];
          expect(editor.getText()).toBe(model.map((c) => c.ch).join(''));
          for (const raw of edits) {
            const e = resolve(raw, model.length);
            model = applyToModel(model, e);
            applyToEditor(e);
            expect(editor.getText()).toBe(model.map((c) => c.ch).join(''));
          }
          // Four spaces at a paragraph's start read as code in Markdown, marks or not.
          fc.pre(!/^\s{4}/.test(editor.getText()));
          const markdown = editor.getMarkdown();
          read(markdown);
          const expected = words(
            model
              .filter((c) => c.marked)
              .map((c) => c.ch)
              .join(''),
          );
          expect(words(editor.getText())).toBe(words(model.map((c) => c.ch).join('')));
          expect(covered()).toEqual(expected ? { [ID]: expected } : {});
          expect(editor.getMarkdown()).toBe(markdown);
        },
      ),
      { numRuns: 200 },
    );
  });
});

type Segment = { text: string; bold: boolean; italic: boolean; insight: string | null };

// Bold and italic next to punctuation inside a word do not survive a save, with or without
// marks (`a**&lt;**b` reads as text): formatted segments hold words between spaces, and
// punctuation sits in the others. Bold and italic never overlap here: where they cross, TipTap
// reopens one as `<em>`/`<strong>`, whose inside is read as HTML (see the known limits below).
const segment = fc.oneof(
  fc.record({
    text: fc.constantFrom(' a ', ' calm ', ' he said ', ' x '),
    bold: fc.boolean(),
    italic: fc.constant(false),
    insight: fc.constantFrom(null, ID, OTHER),
  }),
  fc.record({
    text: fc.constantFrom(' a ', ' calm ', ' he said ', ' x '),
    bold: fc.constant(false),
    italic: fc.constant(true),
    insight: fc.constantFrom(null, ID, OTHER),
  }),
  fc.record({
    text: typed,
    bold: fc.constant(false),
    italic: fc.constant(false),
    insight: fc.constantFrom(null, null, ID, OTHER),
  }),
);

function paragraphOf(segments: Segment[]): JSONContent {
  return {
    type: 'paragraph',
    content: segments.map((s) => ({
      type: 'text',
      text: s.text,
      marks: [
        ...(s.bold ? [{ type: 'bold' }] : []),
        ...(s.italic ? [{ type: 'italic' }] : []),
        ...(s.insight ? [{ type: 'insightMark', attrs: { insightId: s.insight } }] : []),
      ],
    })),
  };
}

describe('bodies with insight marks', () => {
  it('read and write back to the same Markdown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(segment, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
        (paragraphs) => {
          editor.commands.setContent({ type: 'doc', content: paragraphs.map(paragraphOf) });
          fc.pre(!/^\s{4}/m.test(editor.getText()));
          const marked = covered();
          // The body as saved, opened and saved again; from then on it reads and writes the same.
          // (The first save can still change: a space in bold beside a mark loses its bold.)
          read(editor.getMarkdown());
          const markdown = editor.getMarkdown();
          const doc = editor.getJSON();
          read(markdown);
          expect(editor.getMarkdown()).toBe(markdown);
          expect(editor.getJSON()).toEqual(doc);
          // Every insight with words keeps them (a passage of spaces alone is dropped).
          expect(Object.keys(covered()).sort()).toEqual(
            Object.keys(marked)
              .filter((id) => words(marked[id]!) !== '')
              .sort(),
          );
          for (const [id, text] of Object.entries(covered())) {
            expect(words(text)).toBe(words(marked[id]!));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('text that spells the syntax', () => {
  it('stays text: no mark is saved, and it reads back as typed', () => {
    fc.assert(
      fc.property(typed, (text) => {
        fc.pre(text.trim() === text && text !== '');
        editor.commands.setContent({
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
        });
        const markdown = editor.getMarkdown();
        expect(markIdsIn(markdown)).toEqual([]);
        expect(stripForeignMarks(markdown, new Set())).toBe(markdown);
        read(markdown);
        expect(editor.getText()).toBe(text);
        expect(covered()).toEqual({});
      }),
      { numRuns: 300 },
    );
  });
});

describe('known limits of the Markdown writer', () => {
  const survives = (segments: Segment[]) => {
    editor.commands.setContent({ type: 'doc', content: [paragraphOf(segments)] });
    const doc = editor.getJSON();
    read(editor.getMarkdown());
    expect(editor.getJSON()).toEqual(doc);
  };

  // TipTap writes `x**<mark …>a</mark>**y`, and CommonMark reads no bold from `**` between a
  // letter and `<`: the stars come back as text. Links do the same today (`x**[a](url)**y`).
  it.fails('bold inside a word, exactly over a passage, survives a save', () =>
    survives([
      { text: 'x', bold: false, italic: false, insight: null },
      { text: 'a', bold: true, italic: false, insight: ID },
      { text: 'y', bold: false, italic: false, insight: null },
    ]),
  );

  // Where bold and italic cross, TipTap reopens the italic as `<em>…</em>` and reads that back
  // as HTML, which holds no insight marks (the mark reads no HTML): the words stay, the mark goes.
  it.fails('a passage in italics that TipTap reopens as <em> keeps its mark', () =>
    survives([
      { text: 'a', bold: true, italic: false, insight: null },
      { text: 'b', bold: true, italic: true, insight: null },
      { text: 'c', bold: false, italic: true, insight: ID },
    ]),
  );
});
