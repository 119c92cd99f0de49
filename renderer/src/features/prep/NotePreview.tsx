import type { ShareCounts } from '../../../../shared/report/share-rule';
import { noteBlocks } from './note-blocks';
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
  const blocks = noteBlocks(markdown);
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
        {blocks.length === 0 && <p className="hint">Nothing in the note yet.</p>}
        {blocks.map((block, i) => {
          if (block.type === 'heading') {
            return block.level === 2 ? (
              <h4 key={i} className={styles.heading}>
                {block.text}
              </h4>
            ) : (
              <h5 key={i} className={styles.subheading}>
                {block.text}
              </h5>
            );
          }
          if (block.type === 'list') {
            const items = block.items.map((item, k) => <li key={k}>{item}</li>);
            return block.ordered ? (
              <ol key={i} className={styles.list}>
                {items}
              </ol>
            ) : (
              <ul key={i} className={styles.list}>
                {items}
              </ul>
            );
          }
          return (
            <p key={i} className={styles.paragraph}>
              {block.text}
            </p>
          );
        })}
      </article>
    </section>
  );
}
