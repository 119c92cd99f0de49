import { z } from 'zod';
import { channel, returns } from '../ipc/define';
import { PAPER_SIZES } from './paper';
import { PRINTABLE_DOCUMENTS } from './file-names';

/** The most text a page may put in a PDF's footer beside "Page N of M". */
export const FOOTER_PERIOD_MAX = 200;

/** What saving as PDF came to: the file's name (never its folder), or nothing when cancelled. */
export type SavePdfResult = { saved: true; fileName: string } | { saved: false };

const pageSizeSchema = z.enum(PAPER_SIZES);

/*
 * Printing acts on the app's window as it is now: the page shows the document (and only it
 * prints, see renderer/src/ui/print/) before it calls these.
 */
export const printChannels = {
  /** Opens the system's print dialog on the page. Refused while the journal is locked. */
  'print:dialog': channel(z.strictObject({ pageSize: pageSizeSchema }), returns<void>()),
  /**
   * Asks where to save (proposing "Between Sessions … YYYY-MM-DD.pdf" in the documents folder),
   * renders the page as a tagged PDF with `footerPeriod` and "Page N of M" in its footer, and
   * writes it there durably. Cancelling writes nothing. Refused while the journal is locked.
   */
  'print:savePdf': channel(
    z.strictObject({
      pageSize: pageSizeSchema,
      footerPeriod: z.string().max(FOOTER_PERIOD_MAX),
      document: z.enum(PRINTABLE_DOCUMENTS),
    }),
    returns<SavePdfResult>(),
  ),
};
