import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/react';
import { useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { FormEvent } from 'react';
import { editorExtensions, isSafeHref, plainTextContent } from './editor-extensions';
import { OpenLinkDialog } from './OpenLinkDialog';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { boundNesting } from './bounded-markdown';
import { EditorFallback } from './EditorFallback';
import { useFocusInsight, useMarkInsight } from './use-insight-marks';
import { ariaKeysOf, keysOf } from '../../lib/platform';
import styles from './RichTextEditor.module.css';

interface EditorProps {
  initialMarkdown: string;
  onChange: (markdown: string) => void;
  onBlur: () => void;
  /** The most the body may hold, in characters of Markdown. */
  maxLength: number;
  /** Says why a paste or drop was refused (null once something else is done). */
  onRefused: (message: string | null) => void;
  /** Insights marked in the text; absent where an editor has none (tests, other screens). */
  insights?: EditorInsights;
}

/** What the editor asks of its entry's insights. */
export interface EditorInsights {
  /**
   * Opens the insight form for the selected words (`quote`), or for the whole entry when nothing
   * is selected; resolves with the new insight's id once saved, null when cancelled.
   */
  mark: (quote?: string) => Promise<string | null>;
  /** A marked passage was clicked. */
  open: (id: string) => void;
  /** The insight the address points at: its passage is selected and scrolled to once. */
  focusId?: string | null;
}

/**
 * The entry's body, its nesting bounded before parsing; a body the editor still cannot display
 * is shown as read-only text, with the last words typed, and the rest of the page keeps working.
 */
export function RichTextEditor({ initialMarkdown, onChange, ...rest }: EditorProps) {
  const latest = useRef(initialMarkdown);
  const bounded = useMemo(() => boundNesting(initialMarkdown), [initialMarkdown]);
  return (
    <ErrorBoundary fallback={() => <EditorFallback markdown={latest.current} />}>
      <MarkdownEditor
        initialMarkdown={bounded}
        onChange={(markdown) => {
          latest.current = markdown;
          onChange(markdown);
        }}
        {...rest}
      />
    </ErrorBoundary>
  );
}

/** The entry's body: Markdown in, Markdown out, through the schema in editor-extensions.ts. */
function MarkdownEditor({
  initialMarkdown,
  onChange,
  onBlur,
  maxLength,
  onRefused,
  insights,
}: EditorProps) {
  const editorRef = useRef<Editor | null>(null);
  const insightsRef = useRef(insights);
  insightsRef.current = insights;
  const length = useRef(initialMarkdown.length);
  const [linkToOpen, setLinkToOpen] = useState<string | null>(null);
  const insertPlainText = (data: DataTransfer | null) => {
    const text = data?.getData('text/plain') ?? '';
    // Refused whole, before anything changes: a paste that cannot be saved is not half-taken.
    if (length.current + text.length > maxLength) {
      onRefused(
        `That is too much to paste here: an entry holds up to ${maxLength.toLocaleString()} ` +
          `characters, and this would make it ${(length.current + text.length).toLocaleString()}. ` +
          'Nothing was pasted.',
      );
      return true;
    }
    onRefused(null);
    if (text) editorRef.current?.chain().focus().insertContent(plainTextContent(text)).run();
    return true;
  };
  const editor = useEditor({
    extensions: editorExtensions({
      placeholder: 'Write freely. Only you can read this.',
      onInsightClick: (id) => insightsRef.current?.open(id),
    }),
    content: initialMarkdown,
    contentType: 'markdown',
    // Our stylesheet styles the editor; TipTap's injected <style> would be refused by the CSP.
    injectCSS: false,
    editorProps: {
      // Before ProseMirror's own handlers, which would parse the clipboard's HTML first.
      handleDOMEvents: {
        // Ctrl/⌘+click asks to open a link; a plain click only places the cursor.
        click: (_view, event) => {
          const link = (event.target as HTMLElement | null)?.closest('a[href]');
          if (!link || !(event.ctrlKey || event.metaKey)) return false;
          event.preventDefault();
          setLinkToOpen(link.getAttribute('href'));
          return true;
        },
        paste: (_view, event) => {
          event.preventDefault();
          return insertPlainText(event.clipboardData);
        },
        // A drag within the entry moves its own content; anything dropped from outside is text.
        drop: (view, event) => {
          if (view.dragging) return false;
          event.preventDefault();
          return insertPlainText(event.dataTransfer);
        },
      },
      attributes: {
        'aria-label': 'Entry text',
        'aria-multiline': 'true',
        role: 'textbox',
        class: styles.prose!,
        spellcheck: 'true',
      },
    },
    onCreate: ({ editor: created }) => (editorRef.current = created),
    onUpdate: ({ editor: current }) => {
      const markdown = current.getMarkdown();
      length.current = markdown.length;
      onChange(markdown);
    },
    onBlur: () => onBlur(),
  });

  const markInsight = useMarkInsight(editor, insights, onRefused);
  useFocusInsight(editor, insights?.focusId ?? null);

  return (
    <div className={styles.richText}>
      {editor && (
        <Toolbar
          editor={editor}
          onOpenLink={setLinkToOpen}
          onMarkInsight={insights ? markInsight : undefined}
        />
      )}
      <EditorContent editor={editor} className={styles.editorSurface} />
      {linkToOpen && isSafeHref(linkToOpen) && (
        <OpenLinkDialog url={linkToOpen} onClose={() => setLinkToOpen(null)} />
      )}
    </div>
  );
}

function Toolbar({
  editor,
  onOpenLink,
  onMarkInsight,
}: {
  editor: Editor;
  onOpenLink: (url: string) => void;
  onMarkInsight?: () => void;
}) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading', { level: 2 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      taskList: e.isActive('taskList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const chain = () => editor.chain().focus();
  const buttons: Array<{ label: string; text: ReactNode; active: boolean; run: () => void }> = [
    { label: 'Bold', text: 'B', active: state.bold, run: () => chain().toggleBold().run() },
    { label: 'Italic', text: 'I', active: state.italic, run: () => chain().toggleItalic().run() },
    {
      label: 'Heading',
      text: 'H',
      active: state.heading,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      label: 'Bulleted list',
      text: '•',
      active: state.bulletList,
      run: () => chain().toggleBulletList().run(),
    },
    {
      label: 'Numbered list',
      text: <NumberedListIcon />,
      active: state.orderedList,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      label: 'Checklist',
      text: '☐',
      active: state.taskList,
      run: () => chain().toggleTaskList().run(),
    },
    {
      label: 'Quote',
      text: '❝',
      active: state.blockquote,
      run: () => chain().toggleBlockquote().run(),
    },
  ];
  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Formatting">
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          aria-label={button.label}
          title={button.label}
          aria-pressed={button.active}
          onMouseDown={(e) => e.preventDefault()}
          onClick={button.run}
        >
          <span aria-hidden="true">{button.text}</span>
        </button>
      ))}
      <button
        type="button"
        aria-label="Link"
        title="Link"
        aria-pressed={state.link}
        aria-expanded={linkOpen}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setLinkOpen((open) => !open)}
      >
        <LinkIcon />
      </button>
      {state.link && (
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onOpenLink(String(editor.getAttributes('link').href ?? ''))}
        >
          Open link…
        </button>
      )}
      {onMarkInsight && (
        <button
          type="button"
          aria-keyshortcuts={ariaKeysOf('insight.mark')}
          title={`Mark insight (${keysOf('insight.mark')})`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={onMarkInsight}
        >
          Mark insight
        </button>
      )}
      {linkOpen && <LinkForm editor={editor} onDone={() => setLinkOpen(false)} />}
    </div>
  );
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const [href, setHref] = useState(() => String(editor.getAttributes('link').href ?? ''));
  const [error, setError] = useState<string | null>(null);
  function apply(event: FormEvent) {
    event.preventDefault();
    const url = href.trim();
    if (!url) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      onDone();
      return;
    }
    if (!isSafeHref(url)) {
      setError('Links must start with https://, http:// or mailto:.');
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
    onDone();
  }
  return (
    <form className={styles.linkForm} onSubmit={apply}>
      <label>
        Link address
        <input value={href} onChange={(e) => setHref(e.target.value)} autoFocus />
      </label>
      <button type="submit">Apply</button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </form>
  );
}

// Drawn rather than typed: the system fonts here have no glyph for a numbered list or a link.
function NumberedListIcon() {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18" className="icon">
      <path d="M7 4h9M7 9h9M7 14h9" stroke="currentColor" strokeWidth="1.6" fill="none" />
      <path d="M2.5 2.5h1v3M2 12.5h2l-2 3h2" stroke="currentColor" strokeWidth="1.1" fill="none" />
    </svg>
  );
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18" className="icon">
      <path
        d="M7.5 10.5l3-3M6 8.5l-1.8 1.8a2.5 2.5 0 003.5 3.5L9.5 12M12 9.5l1.8-1.8a2.5 2.5 0 00-3.5-3.5L8.5 6"
        stroke="currentColor"
        strokeWidth="1.6"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}
