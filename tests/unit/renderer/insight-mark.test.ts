// @vitest-environment jsdom
/// <reference lib="dom" />
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from '../../../renderer/src/features/entries/editor-extensions';
import { insightRanges } from '../../../renderer/src/features/entries/insight-mark';
import { markIdsIn, openTag } from '../../../shared/insight-marks';

const A = '0b8a4e8c-2a4f-4d7e-9d6b-3f1e2a9c7b10';
const B = 'f3c1d2e4-5b6a-4c8d-9e0f-1a2b3c4d5e6f';
const mark = (id: string, words: string) => `${openTag(id)}${words}</mark>`;

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

function open(markdown: string, onInsightClick?: (id: string) => void): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: editorExtensions({ onInsightClick }),
  });
  editors.push(editor);
  editor.commands.setContent(markdown, { contentType: 'markdown' });
  return editor;
}

/** The covered words of each marked insight, as `insightRanges` reports them. */
const covered = (editor: Editor) =>
  Object.fromEntries([...insightRanges(editor)].map(([id, range]) => [id, range.text]));

/** Where `text` starts in the document (its first occurrence, within one text node). */
function positionOf(editor: Editor, text: string): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    const at = node.isText ? node.text!.indexOf(text) : -1;
    if (found === -1 && at !== -1) found = pos + at;
  });
  if (found === -1) throw new Error(`no ${text}`);
  return found;
}

function select(editor: Editor, from: number, to: number) {
  editor.view.dispatch(
    editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)),
  );
}

/** What typing `text` at `pos` does: ProseMirror inserts it with the marks the position carries. */
function type(editor: Editor, pos: number, text: string) {
  editor.view.dispatch(editor.state.tr.insertText(text, pos));
}

describe('reading and writing insight marks', () => {
  it('reads the exact syntax as a mark over its words, and writes it back the same', () => {
    const markdown = `I ${mark(A, 'froze when he **asked**')}, then ${mark(B, 'breathed')}.`;
    const editor = open(markdown);
    expect(covered(editor)).toEqual({ [A]: 'froze when he asked', [B]: 'breathed' });
    expect(editor.getMarkdown()).toBe(markdown);
  });

  it('shows a mark as <mark> with a class and the id, and no inline style', () => {
    const editor = open(`a ${mark(A, 'b')} c`);
    expect(editor.getHTML()).toBe(
      `<p>a <mark class="insight-mark" data-insight-id="${A}">b</mark> c</p>`,
    );
  });

  it('reads marks in headings, list items, checklists, quotes and links', () => {
    const markdown = [
      `## ${mark(A, 'heading')}`,
      '',
      `- ${mark(B, 'item')}`,
      '',
      `- [ ] ${mark(A, 'task')}`,
      '',
      `> ${mark(B, 'quote')}`,
      '',
      `${mark(A, '[link](https://example.org/)')}`,
    ].join('\n');
    const editor = open(markdown);
    expect(covered(editor)).toEqual({ [A]: 'heading\ntask\nlink', [B]: 'item\nquote' });
    expect(markIdsIn(editor.getMarkdown())).toEqual([A, B]);
    const again = open(editor.getMarkdown());
    expect(covered(again)).toEqual(covered(editor));
  });

  const bold = { type: 'bold' };
  const italic = { type: 'italic' };
  const insight = { type: 'insightMark', attrs: { insightId: A } };
  // Spaces at the edges of formatting or of a passage can move outside it when saved; these
  // pieces have none there.
  const cases: Array<[string, Array<[string, ...Array<{ type: string }>]>]> = [
    [
      'bold inside a passage',
      [
        ['a ', insight],
        ['b', bold, insight],
        [' c', insight],
      ],
    ],
    ['bold from inside a passage to its end', [['a ', insight], ['b', bold, insight], [' c']]],
    [
      'bold from inside a passage past its end',
      [
        ['a', insight],
        ['b', bold, insight],
        ['c', bold],
      ],
    ],
    [
      'bold from before a passage into it',
      [
        ['a', bold],
        ['b', bold, insight],
        ['c', insight],
      ],
    ],
    ['italics from before a passage to its end', [['a ', italic], ['b', italic, insight], [' c']]],
    [
      'a passage across italics',
      [
        ['a', insight],
        ['b', italic, insight],
        ['c', italic],
      ],
    ],
    [
      'a passage inside italics, with bold at its end',
      [
        ['a ', italic],
        ['b ', italic, insight],
        ['c', bold, italic, insight],
        [' d', italic],
      ],
    ],
  ];
  it.each(cases)('keeps %s, and the mark over the same words, through a save', (_name, pieces) => {
    const editor = open('');
    editor.commands.setContent({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: pieces.map(([text, ...marks]) => ({
            type: 'text',
            text,
            marks,
          })),
        },
      ],
    });
    const again = open(editor.getMarkdown());
    expect(again.getJSON()).toEqual(editor.getJSON());
    expect(again.getMarkdown()).toBe(editor.getMarkdown());
  });
});

describe('what is not a mark', () => {
  it.each([
    ['a plain <mark>', 'a <mark>b</mark> c'],
    ['attributes in another order', `<mark class="x" data-insight="${A}">w</mark>`],
    ['an event handler', `<mark data-insight="${A}" onclick="alert(1)">w</mark>`],
    ['capitals', `<MARK data-insight="${A}">w</MARK>`],
    ['single quotes', `<mark data-insight='${A}'>w</mark>`],
    ['an unclosed mark', `<mark data-insight="${A}">w`],
    ['a stray closing tag', 'w</mark> x'],
    ['an id with a quote', `<mark data-insight="a"b">w</mark>`],
    ['another attribute name', `<mark data-insight-id="${A}">w</mark>`],
  ])('shows %s as the characters it is', (_name, markdown) => {
    const editor = open(markdown);
    expect(covered(editor)).toEqual({});
    expect(editor.getText()).toBe(markdown);
    expect(editor.getHTML()).not.toMatch(/<mark/);
  });

  it('shows a mark-like tag on a line of its own as text, not as an HTML block', () => {
    const editor = open(`before\n\n<mark data-insight="${A}">\nwords\n</mark>\n\nafter`);
    expect(covered(editor)).toEqual({});
    expect(editor.getText()).toBe(`before\n\n<mark data-insight="${A}">\nwords\n</mark>\n\nafter`);
  });

  it('leaves the outer of two nested marks as text and keeps the inner one', () => {
    const editor = open(`a${openTag(A)}b${mark(B, 'c')}d</mark>e`);
    expect(covered(editor)).toEqual({ [B]: 'c' });
    expect(editor.getText()).toBe(`a${openTag(A)}bcd</mark>e`);
  });

  it('is not read inside code or after a backslash', () => {
    expect(covered(open(`\`${mark(A, 'code')}\``))).toEqual({});
    expect(covered(open(`\\${mark(A, 'escaped')}`))).toEqual({});
  });

  it('keeps every other kind of raw HTML as before: formatting read, the rest dropped', () => {
    const editor = open('a <b>bold</b> <span onclick="x">s</span> <img src=x onerror=alert(1)> z');
    expect(editor.getHTML()).toBe('<p>a <strong>bold</strong> s  z</p>');
  });
});

describe('text typed that spells the syntax', () => {
  it('is written with &lt; (the serializer encodes < in text), so it comes back as text', () => {
    const typed = `I wrote ${mark(A, 'this')} & <b>that</b> myself`;
    const editor = open('');
    editor.commands.setContent({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: typed }] }],
    });
    const markdown = editor.getMarkdown();
    expect(markdown).toBe(
      'I wrote &lt;mark data-insight="0b8a4e8c-2a4f-4d7e-9d6b-3f1e2a9c7b10"&gt;this&lt;/mark&gt;' +
        ' &amp; &lt;b&gt;that&lt;/b&gt; myself',
    );
    expect(markIdsIn(markdown)).toEqual([]);
    const again = open(markdown);
    expect(again.getText()).toBe(typed);
    expect(covered(again)).toEqual({});
  });
});

describe('marking and unmarking', () => {
  it('marks the selected words, and typing at either edge does not extend the passage', () => {
    const editor = open('I froze when he asked.');
    const from = positionOf(editor, 'froze');
    select(editor, from, from + 'froze'.length);
    expect(editor.commands.setInsightMark(A)).toBe(true);
    type(editor, from + 'froze'.length, '!');
    type(editor, from, 'really ');
    expect(covered(editor)).toEqual({ [A]: 'froze' });
    expect(editor.getMarkdown()).toBe(`I really ${mark(A, 'froze')}! when he asked.`);
  });

  it('grows a passage with words typed inside it', () => {
    const editor = open(`a ${mark(A, 'bc')} d`);
    type(editor, positionOf(editor, 'bc') + 1, 'XY');
    expect(covered(editor)).toEqual({ [A]: 'bXYc' });
  });

  it('refuses an empty selection, an id that cannot be written, and another insight’s passage', () => {
    const editor = open(`one ${mark(A, 'two')} three`);
    const two = positionOf(editor, 'two');
    select(editor, two, two);
    expect(editor.commands.setInsightMark(B)).toBe(false);
    select(editor, 1, two + 1);
    expect(editor.commands.setInsightMark(B)).toBe(false);
    const three = positionOf(editor, 'three');
    select(editor, three, three + 5);
    expect(editor.commands.setInsightMark('bad id"')).toBe(false);
    expect(editor.commands.setInsightMark(B)).toBe(true);
    expect(covered(editor)).toEqual({ [A]: 'two', [B]: 'three' });
  });

  it('does not mark code, which takes no other marks', () => {
    const editor = open('`code` only');
    select(editor, 1, 5);
    expect(editor.commands.setInsightMark(A)).toBe(false);
  });

  it('removes one insight’s mark everywhere and keeps its words', () => {
    const editor = open(`${mark(A, 'one')} ${mark(B, 'two')}\n\n${mark(A, 'three')}`);
    expect(editor.commands.unsetInsightMark(A)).toBe(true);
    expect(editor.getMarkdown()).toBe(`one ${mark(B, 'two')}\n\nthree`);
    expect(editor.commands.unsetInsightMark(A)).toBe(false);
  });

  it('reports a passage whose words were all deleted as gone', () => {
    const editor = open(`keep ${mark(A, 'gone')} keep`);
    const from = positionOf(editor, 'gone');
    editor.view.dispatch(editor.state.tr.delete(from, from + 4));
    expect(insightRanges(editor).has(A)).toBe(false);
    expect(insightRanges(editor.state.doc).size).toBe(0);
  });
});

describe('clicking a mark', () => {
  it('tells the editor’s owner which insight was clicked', () => {
    const clicked: string[] = [];
    const editor = open(`a ${mark(A, 'b')} ${mark(B, 'c')} d`, (id) => clicked.push(id));
    const click = (target: Element) => {
      const event = new MouseEvent('click');
      Object.defineProperty(event, 'target', { value: target });
      editor.view.someProp('handleClick', (f) => f(editor.view, 1, event));
    };
    for (const element of editor.view.dom.querySelectorAll('mark')) click(element);
    click(editor.view.dom.querySelector('p')!);
    expect(clicked).toEqual([A, B]);
  });
});
