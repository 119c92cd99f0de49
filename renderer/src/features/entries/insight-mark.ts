import { Extension, Mark, mergeAttributes } from '@tiptap/core';
import type { Editor, JSONContent, MarkdownToken } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import {
  CLOSE_TAG,
  isInsightMarkId,
  isMarkTagAt,
  markAt,
  openTag,
} from '../../../../shared/insight-marks';

/*
 * A passage of the entry marked as an insight: the `insightMark` mark, holding the insight's id.
 * In the body's Markdown it is `<mark data-insight="ID">passage</mark>` (shared/insight-marks.ts
 * says exactly what counts); in the page, `<mark class="insight-mark" data-insight-id="ID">`.
 *
 * The only way in is that exact syntax, through the Markdown tokenizer below, or the
 * `setInsightMark` command. The mark reads no HTML: raw HTML in a body, or pasted, never becomes
 * one. Text the person types that spells the syntax is written with `&lt;` by the serializer, so
 * it comes back as the same text. Other `<mark …>` tags in a body are shown as the characters
 * they are.
 */

export const INSIGHT_MARK = 'insightMark';

export interface InsightMarkOptions {
  /** Called with the insight's id when the person clicks a marked passage (the cursor still moves). */
  onInsightClick: ((id: string) => void) | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    insightMark: {
      /**
       * Marks the selected words as insight `id`. Does nothing, and is false, when nothing is
       * selected, `id` cannot be written in a mark, the selection touches another insight's
       * passage, or nothing in it can carry the mark (code).
       */
      setInsightMark: (id: string) => ReturnType;
      /** Removes insight `id`'s mark everywhere in the entry, keeping its words. */
      unsetInsightMark: (id: string) => ReturnType;
    };
  }
}

/** What a marked passage covers: its words (pieces apart joined by a line break) and where it lies. */
export interface InsightRange {
  text: string;
  from: number;
  to: number;
}

const insightIdOf = (node: ProseMirrorNode): string | null => {
  const id: unknown = node.marks.find((mark) => mark.type.name === INSIGHT_MARK)?.attrs.insightId;
  return typeof id === 'string' ? id : null;
};

/**
 * For each insight marked in the entry, in order, the words its mark covers. An insight whose
 * passage was deleted has no entry here.
 */
export function insightRanges(source: Editor | ProseMirrorNode): Map<string, InsightRange> {
  const doc = 'state' in source ? source.state.doc : source;
  const ranges = new Map<string, InsightRange>();
  doc.descendants((node, pos) => {
    const id = node.isText ? insightIdOf(node) : null;
    if (id === null) return;
    const text = node.text ?? '';
    const range = ranges.get(id);
    if (!range) {
      ranges.set(id, { text, from: pos, to: pos + node.nodeSize });
      return;
    }
    range.text += range.to === pos ? text : `\n${text}`;
    range.to = pos + node.nodeSize;
  });
  return ranges;
}

const isInsight = (mark: { type: string }) => mark.type === INSIGHT_MARK;
const insightOf = (node: JSONContent): unknown =>
  node.type === 'text' ? node.marks?.find(isInsight)?.attrs?.insightId : undefined;
const keyOf = (mark: { type: string; attrs?: Record<string, unknown> }) => JSON.stringify(mark);

/**
 * The document as the Markdown serializer should see it, so that it nests insight marks with the
 * formatting around them. Left alone, it closes the marks ending on one piece of text in the
 * schema's order, not the reverse of the order they opened: bold that starts inside a passage and
 * ends with it comes out `<mark …>a **b</mark>**`, which reads back as stars. And where
 * formatting starts inside a passage and runs past its end, it closes both and reopens the bold
 * as `<strong>`, whose inside is read back as HTML, not Markdown (italics lost, a backslash more
 * before each `*` at every save). So here each text node lists the marks that opened before its
 * passage, then the insight mark, then those that opened inside it (the serializer closes them
 * last to first); and a passage is split where formatting that starts inside it outlasts it:
 * `<mark …>a</mark> **<mark …>b</mark> c**`. The pieces are told apart by a `run` attribute that
 * the serializer compares and the syntax leaves out; reading the Markdown back joins them.
 */
export function nestInsightMarks(node: JSONContent): JSONContent {
  if (!node.content) return node;
  const children = node.content.map((child) => nestInsightMarks(child));
  const ids = children.map(insightOf);
  // Spaces alone at either end of a passage are written outside it anyway: leave them out, so
  // the passage opens where its words do, as it will when read back.
  const blank = (i: number) => ids[i] !== undefined && !/\S/.test(children[i]!.text ?? '');
  for (let i = 0; i < children.length; i += 1) {
    if (ids[i] === undefined || ids[i - 1] === ids[i]) continue;
    let end = i;
    while (ids[end + 1] === ids[i]) end += 1;
    for (let k = i; k <= end && blank(k); k += 1) ids[k] = undefined;
    for (let k = end; k >= i && blank(k); k -= 1) ids[k] = undefined;
    i = end;
  }
  const others = children.map((child) =>
    (child.marks ?? []).filter((m) => !isInsight(m)).map(keyOf),
  );
  // Where the passage each child is in ends (the last of its run of siblings with that id).
  const ends: number[] = [];
  for (let i = children.length - 1; i >= 0; i -= 1) {
    ends[i] = ids[i] !== undefined && ids[i + 1] === ids[i] ? ends[i + 1]! : i;
  }
  // Whether formatting that starts at child `j`, inside a passage, lasts past the passage's end.
  const outlasts = (j: number) =>
    others[j]!.some((key) => {
      if (others[j - 1]!.includes(key)) return false;
      let k = j;
      while (k <= ends[j]! + 1 && others[k]?.includes(key)) k += 1;
      return k > ends[j]! + 1;
    });
  let run = 0;
  let pieceStart = 0;
  const opened = new Map<string, number>(); // each mark of the previous child: where it opened
  return {
    ...node,
    content: children.map((child, j) => {
      const openedHere = new Map(others[j]!.map((key) => [key, opened.get(key) ?? j]));
      opened.clear();
      for (const [key, at] of openedHere) opened.set(key, at);
      if (ids[j] === undefined) {
        return insightOf(child) === undefined
          ? child
          : { ...child, marks: child.marks!.filter((m) => !isInsight(m)) };
      }
      if (j === 0 || ids[j - 1] !== ids[j] || outlasts(j)) {
        run += 1;
        pieceStart = j;
      }
      const marks = child.marks!;
      const insight = marks.find(isInsight)!;
      const before = marks.filter((m) => !isInsight(m) && openedHere.get(keyOf(m))! <= pieceStart);
      const after = marks.filter((m) => !isInsight(m) && openedHere.get(keyOf(m))! > pieceStart);
      return {
        ...child,
        marks: [...before, { ...insight, attrs: { ...insight.attrs, run } }, ...after],
      };
    }),
  };
}

/** The insight whose passage the click landed in, read from the element under the pointer. */
function clickedInsight(view: EditorView, event: MouseEvent): string | null {
  const target = event.target instanceof Element ? event.target : null;
  const marked = target?.closest('mark[data-insight-id]');
  const id = marked && view.dom.contains(marked) ? marked.getAttribute('data-insight-id') : null;
  return id !== null && isInsightMarkId(id) ? id : null;
}

type InsightToken = MarkdownToken & { insightId?: string; literal?: boolean };

export const InsightMark = Mark.create<InsightMarkOptions>({
  name: INSIGHT_MARK,
  // Typing at either edge of a passage does not extend it, and Enter does not carry it over.
  inclusive: false,
  keepOnSplit: false,

  addOptions() {
    return { onInsightClick: null };
  },

  addAttributes() {
    return {
      insightId: {
        default: null,
        parseHTML: () => null,
        renderHTML: (attributes: { insightId?: unknown }) =>
          typeof attributes.insightId === 'string' && isInsightMarkId(attributes.insightId)
            ? { 'data-insight-id': attributes.insightId }
            : {},
      },
    };
  },

  // No HTML becomes a mark: not raw HTML in a body (the Markdown reader hands recognised tags to
  // the schema's HTML rules), not the clipboard. The Markdown syntax is the only way in.
  parseHTML() {
    return [];
  },

  renderHTML({ HTMLAttributes }) {
    return ['mark', mergeAttributes({ class: 'insight-mark' }, HTMLAttributes), 0];
  },

  markdownTokenName: INSIGHT_MARK,
  markdownTokenizer: {
    name: INSIGHT_MARK,
    level: 'inline',
    // marked's inline text rule already stops before every `<`, and tries extensions first at
    // each one; a start that searched ahead would rescan the rest of the paragraph after every
    // run of text (quadratic on a long body).
    start: () => -1,
    tokenize(src, _tokens, lexer): InsightToken | undefined {
      const found = markAt(src, 0);
      if (found) {
        const text = src.slice(found.from, found.to);
        return {
          type: INSIGHT_MARK,
          raw: src.slice(0, found.end),
          text,
          insightId: found.id,
          tokens: lexer.inlineTokens(text),
        };
      }
      // Any other `<mark` or `</mark` is the text it is, not HTML for the schema to read.
      const tag = isMarkTagAt(src, 0);
      if (tag === 0) return undefined;
      return { type: INSIGHT_MARK, raw: src.slice(0, tag), text: src.slice(0, tag), literal: true };
    },
  },

  parseMarkdown(token: InsightToken, helpers) {
    if (token.literal || !token.insightId) {
      return helpers.createTextNode(token.text ?? '');
    }
    return helpers.applyMark(INSIGHT_MARK, helpers.parseInline(token.tokens ?? []), {
      insightId: token.insightId,
    });
  },

  renderMarkdown(node: JSONContent, helpers) {
    const words = helpers.renderChildren(node);
    const id: unknown = node.attrs?.insightId;
    return typeof id === 'string' && isInsightMarkId(id)
      ? `${openTag(id)}${words}${CLOSE_TAG}`
      : words;
  },

  addCommands() {
    return {
      setInsightMark:
        (id) =>
        ({ state, tr, dispatch }) => {
          if (!isInsightMarkId(id) || state.selection.empty) return false;
          const { ranges } = state.selection;
          let touchesAnother = false;
          for (const { $from, $to } of ranges) {
            state.doc.nodesBetween($from.pos, $to.pos, (node) => {
              const marked = node.isText ? insightIdOf(node) : null;
              if (marked !== null && marked !== id) touchesAnother = true;
            });
          }
          if (touchesAnother) return false;
          const mark = this.type.create({ insightId: id });
          const add = (into: typeof tr) => {
            for (const { $from, $to } of ranges) into.addMark($from.pos, $to.pos, mark);
            return into;
          };
          // addMark records a step even where code refuses the mark: compare the documents.
          if (add(state.tr).doc.eq(state.doc)) return false;
          if (dispatch) add(tr);
          return true;
        },
      unsetInsightMark:
        (id) =>
        ({ state, tr, dispatch }) => {
          const found: Array<{ from: number; to: number }> = [];
          state.doc.descendants((node, pos) => {
            if (node.isText && insightIdOf(node) === id) {
              found.push({ from: pos, to: pos + node.nodeSize });
            }
          });
          if (found.length === 0) return false;
          if (dispatch) {
            const mark = this.type.create({ insightId: id });
            for (const { from, to } of found) tr.removeMark(from, to, mark);
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const onInsightClick = this.options.onInsightClick;
    if (!onInsightClick) return [];
    return [
      new Plugin({
        key: new PluginKey('insightMarkClick'),
        props: {
          handleClick: (view, _pos, event) => {
            const id = clickedInsight(view, event);
            if (id !== null) onInsightClick(id);
            return false;
          },
        },
      }),
    ];
  },
});

// A line holding only a mark-like tag starts an HTML block, which the Markdown reader would hand
// whole to the schema's HTML rules (dropping the tags, keeping the words). Read it as a paragraph
// of text instead, up to the next blank line as the HTML block would have run, so its tags show
// as the characters they are, like a mark-like tag inside a paragraph.
const MARK_TAG_LINE = /^ {0,3}<\/?[mM][aA][rR][kK](?:[ \t/][^<>\n]*)?>[ \t]*(?:\n|$)/;
const BLANK_LINE = /\n[ \t]*(?:\n|$)/;

export const MarkTagLines = Extension.create({
  name: 'markTagLines',
  markdownTokenizer: {
    name: 'markTagLines',
    level: 'block',
    start: () => -1,
    tokenize(src, _tokens, lexer) {
      if (!MARK_TAG_LINE.test(src)) return undefined;
      const blank = BLANK_LINE.exec(src);
      const raw = blank ? src.slice(0, blank.index + 1) : src;
      const text = raw.replace(/\n$/, '').replace(/^[ \t]+/gm, '');
      return { type: 'paragraph', raw, text, tokens: lexer.inlineTokens(text) };
    },
  },
});
