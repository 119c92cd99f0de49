import styles from './EditorFallback.module.css';

/**
 * What shows instead of the editor when it cannot display a body: the text exactly as stored,
 * read-only. Nothing here writes, so the body is kept as it was.
 */
export function EditorFallback({ markdown }: { markdown: string }) {
  return (
    <div className={styles.fallback}>
      <p className={styles.message} role="status">
        This entry’s text is nested too deeply for the editor to show its formatting, so it is shown
        here as plain text. Nothing has been changed or lost, and the rest of the entry can still be
        edited.
      </p>
      <textarea
        className={styles.text}
        aria-label="Entry text (read-only)"
        readOnly
        value={markdown}
      />
    </div>
  );
}
