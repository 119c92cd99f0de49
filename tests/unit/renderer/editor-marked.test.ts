// @vitest-environment jsdom
/// <reference lib="dom" />
import { Editor } from '@tiptap/core';
import { marked } from 'marked';
import type { MarkedOptions } from 'marked';
import { afterEach, describe, expect, it } from 'vitest';
import { editorExtensions } from '../../../renderer/src/features/entries/editor-extensions';
import { openTag } from '../../../shared/insight-marks';

const ID = '0b8a4e8c-2a4f-4d7e-9d6b-3f1e2a9c7b10';

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

function open(markdown: string): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: editorExtensions(),
  });
  editors.push(editor);
  editor.commands.setContent(markdown, { contentType: 'markdown' });
  return editor;
}

/** How many tokenizers and renderers an instance of marked has had registered on it. */
function registered(defaults: MarkedOptions): number {
  const extensions = defaults.extensions;
  return (
    (extensions?.block?.length ?? 0) +
    (extensions?.inline?.length ?? 0) +
    Object.keys(extensions?.renderers ?? {}).length
  );
}

describe("the editor's Markdown parser", () => {
  it('is its own for each editor: opening entries does not grow a list they all share', () => {
    const global = registered(marked.defaults);
    const first = open('One.');
    const second = open('Two.');
    const third = open('Three.');
    expect(registered(marked.defaults)).toBe(global);

    const own = (editor: Editor) => editor.markdown!.instance;
    expect(own(second)).not.toBe(own(first));
    expect(registered(own(first).defaults)).toBeGreaterThan(0);
    expect(registered(own(second).defaults)).toBe(registered(own(first).defaults));
    expect(registered(own(third).defaults)).toBe(registered(own(first).defaults));
  });

  it('still reads the journal’s own syntax with it: insight marks and task lists', () => {
    open('First.');
    const body = `Before ${openTag(ID)}the words</mark> after.\n\n- [x] done`;
    const editor = open(body);
    expect(editor.getMarkdown().trimEnd()).toBe(body);
    expect(editor.getHTML()).toContain(`data-insight-id="${ID}"`);
    expect(editor.getHTML()).toContain('data-type="taskList"');
  });
});
