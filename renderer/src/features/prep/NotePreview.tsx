import type { ShareCounts } from '../../../../shared/report/share-rule';
import { localPaperSize } from '../../ui/print/paper-size';
import { PrintActions } from '../../ui/print/PrintActions';
import { PrintDocument } from '../../ui/print/PrintDocument';
import { useSettings } from '../settings/queries';
import { NoteText } from './NoteText';
import { whatThisShows } from '../../../../shared/report/what-this-shows';
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
  // The paper last chosen for a report, else the locale's.
  const paper = useSettings().data?.reportDefaults.paperSize ?? localPaperSize();
  return (
    <section className="stack" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      <p className="hint">What this shows: {whatThisShows(shows)}.</p>
      <div className={styles.printActions}>
        <PrintActions pageSize={paper} pdf={{ document: 'prep', footerPeriod: title }} />
      </div>
      <PrintDocument>
        <article className={styles.paper} aria-label="Prep note as it will print">
          <h3 className={styles.title}>{title}</h3>
          {!markdown.trim() && <p className="hint">Nothing in the note yet.</p>}
          <NoteText markdown={markdown} level={4} />
        </article>
      </PrintDocument>
    </section>
  );
}
