import type { Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { QUOTE_MAX } from '../../../../shared/therapy/therapy-contract';
import { useCommand } from '../commands/use-command';
import { insightRanges } from './insight-mark';
import type { EditorInsights } from './RichTextEditor';

/** Any valid id: asks whether the selection could carry a mark at all, before the form opens. */
const PROBE_ID = 'probe';

/**
 * "Mark insight" for the toolbar button and the shortcut: the selected words, or the whole entry
 * when nothing is selected. The form opens first; once the insight is saved, the same words are
 * marked with its id, and the body's autosave writes the mark.
 */
export function useMarkInsight(
  editor: Editor | null,
  insights: EditorInsights | undefined,
  onRefused: (message: string | null) => void,
): () => void {
  const run = async () => {
    if (!editor || !insights) return;
    const { from, to, empty } = editor.state.selection;
    // The shortcut from the title or tags means the entry, not words selected a while ago.
    if (empty || !editor.isFocused) {
      onRefused(null);
      await insights.mark();
      return;
    }
    const quote = editor.state.doc.textBetween(from, to, '\n').trim();
    if (!quote)
      return void onRefused('Select some words to mark, or nothing to mark the whole entry.');
    if (quote.length > QUOTE_MAX) {
      return void onRefused(
        `That passage is too long to mark: up to ${QUOTE_MAX.toLocaleString()} characters. ` +
          'Select fewer words, or mark the whole entry with nothing selected.',
      );
    }
    if (!editor.can().setInsightMark(PROBE_ID)) {
      return void onRefused(
        'Those words overlap a passage already marked. Select other words, or open the ' +
          'highlighted passage to change its insight.',
      );
    }
    onRefused(null);
    const before = editor.state.doc;
    const id = await insights.mark(quote);
    if (!id || editor.isDestroyed) return;
    // The form is modal, so the text cannot change behind it; should it have, the words are
    // not guessed at: the insight keeps its quote and shows as "passage removed".
    if (!editor.state.doc.eq(before)) return;
    // The cursor goes to the passage's end, so the highlight shows rather than the selection.
    editor
      .chain()
      .focus()
      .setTextSelection({ from, to })
      .setInsightMark(id)
      .setTextSelection(to)
      .run();
  };
  useCommand('insight.mark', () => void run(), insights !== undefined);
  return () => void run();
}

/** Selects and scrolls to the passage of the insight the address points at, once per insight. */
export function useFocusInsight(editor: Editor | null, id: string | null): void {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (!editor || !id || shown.current === id) return;
    const range = insightRanges(editor).get(id);
    if (!range) return;
    shown.current = id;
    editor
      .chain()
      .focus()
      .setTextSelection({ from: range.from, to: range.to })
      .scrollIntoView()
      .run();
  }, [editor, id]);
}
