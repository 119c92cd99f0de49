import { useState } from 'react';
import type { PrintableDocument } from '../../../../shared/print/file-names';
import type { PaperSize } from '../../../../shared/print/paper';
import { call } from '../../lib/call';
import { messageOf } from '../../lib/result';
import styles from './PrintActions.module.css';

type Outcome =
  { kind: 'none' } | { kind: 'saved'; fileName: string } | { kind: 'failed'; message: string };
type Busy = 'print' | 'pdf' | null;

const working: Record<Exclude<Busy, null>, string> = {
  print: 'Opening the print dialog…',
  pdf: 'Saving the PDF…',
};

/**
 * "Print…" and "Save as PDF…" for the document on the page (its PrintDocument is what prints),
 * with a status line: the file's name once saved, why not when it failed, nothing on cancel.
 * Without `pdf`, Print… alone (a recovery key is not to be left in a file).
 */
export function PrintActions({
  pageSize,
  pdf,
}: {
  pageSize: PaperSize;
  /** Which document, for the proposed file name; `footerPeriod` goes beside "Page N of M". */
  pdf?: { document: PrintableDocument; footerPeriod: string };
}) {
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  // The buttons stay focusable while busy (aria-disabled, not disabled): disabling the button
  // that has focus would drop a keyboard user's place on the page.
  async function run(which: Exclude<Busy, null>) {
    if (busy) return;
    setBusy(which);
    setOutcome({ kind: 'none' });
    try {
      if (which === 'print' || !pdf) {
        await call('print:dialog', { pageSize });
      } else {
        const result = await call('print:savePdf', { pageSize, ...pdf });
        if (result.saved) setOutcome({ kind: 'saved', fileName: result.fileName });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', message: messageOf(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className={styles.actions} aria-busy={busy !== null}>
      <button type="button" aria-disabled={busy !== null} onClick={() => void run('print')}>
        Print…
      </button>
      {pdf && (
        <button type="button" aria-disabled={busy !== null} onClick={() => void run('pdf')}>
          Save as PDF…
        </button>
      )}
      <p role="status" className={outcome.kind === 'failed' ? 'error' : 'hint'}>
        {busy
          ? working[busy]
          : outcome.kind === 'saved'
            ? `Saved “${outcome.fileName}”.`
            : outcome.kind === 'failed'
              ? outcome.message
              : ''}
      </p>
    </div>
  );
}
