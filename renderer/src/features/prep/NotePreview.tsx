import type { ShareCounts } from '../../../../shared/report/share-rule';
import { NoteText } from './NoteText';
import { whatThisShows } from './what-this-shows';
import styles from './NotePreview.module.css';

interface Props {
  title: string;
  markdown: string;
  shows: ShareCounts;
}

/**
 * The note on a paper-like frame, as it will print: the same Markdown the session stores, read
 * into headings, lists and paragraphs (as text, never as HTML).
 */
export function NotePreview({ title, markdown, shows }: Props) {
  return (
    <section className="stack" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      <p className="hint">{whatThisShows(shows)}</p>
      {/*
        The print edge joins here: "Print…" and "Save as PDF…" (issue 10 §3, branch `pdf`) go in
        this toolbar, above the paper they print.
      */}
      <div className={styles.printActions} data-print-actions="prep-note" />
      <article className={styles.paper} aria-label="Prep note as it will print">
        <h3 className={styles.title}>{title}</h3>
        {!markdown.trim() && <p className="hint">Nothing in the note yet.</p>}
        <NoteText markdown={markdown} level={4} />
      </article>
    </section>
  );
}
