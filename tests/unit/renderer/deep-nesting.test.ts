// @vitest-environment jsdom
/// <reference lib="dom" />
import { Editor } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from '../../../renderer/src/features/entries/editor-extensions';
import { MAX_NESTING, boundNesting } from '../../../renderer/src/features/entries/bounded-markdown';

const QUOTES = `${'>'.repeat(1000)} deep down`;
const LIST = Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
const STARS = `${'*'.repeat(5_000)}a${'*'.repeat(5_000)}`;

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

function read(markdown: string): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: editorExtensions(),
  });
  editors.push(editor);
  editor.commands.setContent(markdown, { contentType: 'markdown' });
  return editor;
}

function depth(node: JSONContent): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(depth));
}

describe('bodies nested deeper than the editor can parse', () => {
  it.each([
    ['1,000 nested quotes', QUOTES],
    ['a list 500 levels deep', LIST],
    ['10,000 stars around a letter', STARS],
  ])('%s exhaust the call stack when read as they are', (_name, markdown) => {
    expect(() => read(markdown)).toThrow(RangeError);
  });

  it('1,000 nested quotes open at most the bound, and the rest stay as characters', () => {
    const editor = read(boundNesting(QUOTES));
    expect(depth(editor.getJSON())).toBeLessThanOrEqual(MAX_NESTING + 3);
    // Blocks are separated by blank lines in the editor's text; the words are all one paragraph.
    expect(editor.getText().trim()).toBe(`${'>'.repeat(1000 - MAX_NESTING)} deep down`);
    expect(() => editor.getMarkdown()).not.toThrow();
  });

  it('a list 500 levels deep keeps every item’s words', () => {
    const editor = read(boundNesting(LIST));
    expect(depth(editor.getJSON())).toBeLessThanOrEqual(2 * MAX_NESTING + 3);
    const text = editor.getText();
    for (let i = 0; i < 500; i += 1) expect(text).toContain(`item ${i}`);
    expect(() => editor.getMarkdown()).not.toThrow();
  });

  it('10,000 stars around a letter are all still there', () => {
    const editor = read(boundNesting(STARS));
    const text = editor.getText();
    expect(text.replaceAll('*', '')).toBe('a');
    // Only stars that formed the bounded emphasis are markup; the rest are text.
    expect(text.length).toBeGreaterThan(10_000 - 4 * MAX_NESTING);
    expect(() => editor.getMarkdown()).not.toThrow();
  });
});

describe('bounding nesting', () => {
  it('leaves ordinary Markdown exactly as it was', () => {
    const ordinary = [
      '## Noticing',
      '',
      'Some **bold**, *gentle*, ***both***, ~~struck~~ and snake_case_words; 2*3*4.',
      '',
      '- one',
      '  - two',
      '    - [x] three',
      '',
      '1. first',
      '2. second',
      '',
      '> what my therapist said',
      '> > and what I answered',
      '',
      '*****',
      '',
      '`**** not emphasis ****` and \\*escaped\\*',
      '',
      '```',
      `${'>'.repeat(100)} a log line`,
      `${'*'.repeat(200)}`,
      '```',
    ].join('\n');
    expect(boundNesting(ordinary)).toBe(ordinary);
  });

  it('escapes only the markers past the bound', () => {
    expect(boundNesting('> > > x', 2)).toBe('> > \\> x');
    expect(boundNesting('- 1. - x', 2)).toBe('- 1. \\- x');
    expect(boundNesting('- 1. - x', 1)).toBe('- 1\\. - x');
    expect(boundNesting('*a *b *c d* e* f*', 2)).toBe('*a *b \\*c d* e* f*');
  });
});
