// @vitest-environment jsdom
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Editor } from '@tiptap/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  editorExtensions,
  escapeBlockStarts,
} from '../../../renderer/src/features/entries/editor-extensions';

const payloads = readFileSync(path.resolve('tests/fixtures/xss-payloads.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

const editor = new Editor({
  element: document.createElement('div'),
  extensions: editorExtensions(),
});
afterAll(() => editor.destroy());

/** Elements and attributes in the editor's output that could run code or load something. */
function activeMarkup(html: string): string[] {
  const container = document.createElement('template');
  container.innerHTML = html;
  const found: string[] = [];
  for (const element of container.content.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (
      /^(script|img|iframe|svg|object|embed|style|video|audio|form|input|base|meta|link)$/.test(tag)
    ) {
      found.push(tag);
    }
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || /^\s*(javascript|data|vbscript):/i.test(attribute.value)) {
        found.push(`${tag}[${attribute.name}]`);
      }
    }
  }
  return found;
}

/** What the person typed, saved as Markdown, then read back the next time the entry opens. */
function roundTrip(text: string): string {
  editor.commands.setContent({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  editor.commands.setContent(editor.getMarkdown(), { contentType: 'markdown' });
  return editor.getText();
}

describe('the editor’s Markdown round-trip', () => {
  it('has a detector that does see active markup (so the checks below can fail)', () => {
    expect(activeMarkup('<p><img src=x onerror=alert(1)><a href="javascript:x">a</a></p>')).toEqual(
      ['img', 'img[onerror]', 'a[href]'],
    );
  });

  it.each(payloads)('keeps hostile text typed as text: %s', (payload) => {
    expect(roundTrip(payload)).toBe(payload);
    expect(activeMarkup(editor.getHTML())).toEqual([]);
  });

  it.each(['# not a heading', '> not a quote', '- not a list', '1. not a list', '12) nor this'])(
    'keeps a paragraph that starts like block syntax as text: %s',
    (text) => expect(roundTrip(text)).toBe(text),
  );

  it('keeps formatting: headings, emphasis, lists, checklists, quotes and links', () => {
    const markdown = [
      '## Noticing',
      '',
      'Some **bold** and *gentle* words.',
      '',
      '- one',
      '- two',
      '',
      '1. first',
      '2. second',
      '',
      '- [ ] try the breathing exercise',
      '- [x] call a friend',
      '',
      '> what my therapist said',
      '',
      '[a link](https://example.org/)',
    ].join('\n');
    editor.commands.setContent(markdown, { contentType: 'markdown' });
    expect(editor.getMarkdown()).toBe(markdown);
  });

  it('drops the href of a javascript: link read from Markdown, and keeps its text', () => {
    editor.commands.setContent('[click](javascript:alert(1)) and [data](data:text/html,x)', {
      contentType: 'markdown',
    });
    expect(activeMarkup(editor.getHTML())).toEqual([]);
    expect(editor.getText()).toContain('click');
  });

  it('drops raw HTML from Markdown instead of rendering it', () => {
    editor.commands.setContent(
      'before <script>alert(1)</script> <img src=x onerror=alert(1)> after',
      {
        contentType: 'markdown',
      },
    );
    expect(activeMarkup(editor.getHTML())).toEqual([]);
  });
});

describe('escaping block starts', () => {
  it('escapes only what would change meaning', () => {
    expect(escapeBlockStarts('# a\n#hashtag\n1. b\n2024 was hard\n- c\n-5 degrees')).toBe(
      '\\# a\n#hashtag\n1\\. b\n2024 was hard\n\\- c\n-5 degrees',
    );
  });
});
