import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Placeholder } from '@tiptap/extensions';
import type { Extensions, JSONContent } from '@tiptap/core';
import { Markdown } from '@tiptap/markdown';
import StarterKit from '@tiptap/starter-kit';
import { Marked } from 'marked';
import type { marked } from 'marked';
import { InsightMark, MarkTagLines, nestInsightMarks } from './insight-mark';

/**
 * What a paste or a drop from outside puts in an entry: its plain text, paragraph by paragraph,
 * exactly as it was. Foreign HTML is never parsed in the page (even an inert parse makes Chromium
 * evaluate event-handler attributes against the CSP), and pasted text is not read as Markdown,
 * so backticks, asterisks and angle brackets stay the characters the person pasted.
 */
export function plainTextContent(text: string): JSONContent[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' },
    );
}

/** http(s) and mailto only: `javascript:`, `data:`, `vbscript:` and the like never become links. */
export const isSafeHref = (url: string) => /^(https?:|mailto:)/i.test(url.trim());

// A paragraph whose text begins like block syntax ("# ", "> ", "- ", "1. ") would come back as a
// heading, quote or list the next time it is read; a backslash keeps it the text it was.
const blockStart = /^(\s{0,3})(#{1,6}(?=\s|$)|>|[-+*](?=\s)|(\d{1,9})([.)])(?=\s|$))/;
export function escapeBlockStarts(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line.replace(
        blockStart,
        (_m, indent: string, marker: string, digits?: string, dot?: string) =>
          digits ? `${indent}${digits}\\${dot}` : `${indent}\\${marker}`,
      ),
    )
    .join('\n');
}

type RenderMarkdown = (node: unknown, helpers: unknown, context: unknown) => string;
const renderParagraph = Paragraph.config.renderMarkdown as unknown as RenderMarkdown;

const TextSafeParagraph = Paragraph.extend({
  renderMarkdown: ((node, helpers, context) =>
    escapeBlockStarts(renderParagraph(node, helpers, context))) as RenderMarkdown,
});

/** Markdown, with insight marks kept inside the formatting around them when saved. */
const JournalMarkdown = Markdown.extend({
  onBeforeCreate(event) {
    this.parent?.(event);
    const manager = this.editor.markdown;
    if (!manager) return;
    this.editor.getMarkdown = () => manager.serialize(nestInsightMarks(this.editor.getJSON()));
  },
});

/**
 * The editor's schema: the one path Markdown takes to the DOM. Anything it has no node for
 * (script, iframe, style, event-handler attributes) is dropped on the way in; text typed or
 * pasted as text stays text; links keep only safe hrefs and never open on click. Insight marks
 * come only from their exact syntax (insight-mark.ts); `onInsightClick` hears which was clicked.
 */
export function editorExtensions(
  options: { placeholder?: string; onInsightClick?: (id: string) => void } = {},
): Extensions {
  return [
    StarterKit.configure({
      paragraph: false,
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: false,
        protocols: ['mailto'],
        HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' },
        isAllowedUri: isSafeHref,
      },
    }),
    TextSafeParagraph,
    TaskList,
    TaskItem.configure({ nested: true }),
    InsightMark.configure({ onInsightClick: options.onInsightClick ?? null }),
    MarkTagLines,
    ...(options.placeholder ? [Placeholder.configure({ placeholder: options.placeholder })] : []),
    // Each editor its own marked: TipTap registers its tokenizers on the instance it is given,
    // and on marked's one global instance they would pile up with every entry opened. The option
    // is typed as the global function, but TipTap uses only what an instance has too (use, lexer,
    // Lexer, defaults, setOptions).
    JournalMarkdown.configure({ marked: new Marked() as unknown as typeof marked }),
  ];
}
