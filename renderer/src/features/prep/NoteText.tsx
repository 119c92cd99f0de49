import { noteBlocks } from './note-blocks';
import styles from './NoteText.module.css';

/**
 * A prep note's Markdown as headings, lists and paragraphs (React text, never HTML). `level` is the
 * heading level its `##` takes on this screen, so the note sits under the screen's own headings.
 */
export function NoteText({ markdown, level }: { markdown: string; level: 3 | 4 }) {
  const H2 = `h${level}` as 'h3' | 'h4';
  const H3 = `h${level + 1}` as 'h4' | 'h5';
  return (
    <>
      {noteBlocks(markdown).map((block, i) => {
        if (block.type === 'heading') {
          return block.level === 2 ? (
            <H2 key={i} className={styles.heading}>
              {block.text}
            </H2>
          ) : (
            <H3 key={i} className={styles.subheading}>
              {block.text}
            </H3>
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
    </>
  );
}
