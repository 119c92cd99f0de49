import path from 'node:path';
import { pdfFileName } from '../../../shared/print/file-names';
import { localDayOf } from '../../../shared/therapy/days';
import { ServiceError } from '../../errors';
import type { Domain } from '../../ipc';
import type { Platform } from '../../platform';
import type { VaultFs } from '../../vault/fs-layer';
import { systemClock } from '../entries/clock';
import type { EntriesClock } from '../entries/clock';
import type { JournalSession } from '../vault/journal-session';
import { writePdf } from './write-pdf';

/**
 * Printing and saving as PDF. Both act on the page as it is, so both are refused while the
 * journal is locked (the page then shows the lock screen), and checked again after the save
 * dialog and the rendering, during which it may have locked.
 */
export function printDomain(
  session: JournalSession,
  platform: Platform,
  clock: Pick<EntriesClock, 'now'> = systemClock,
  fs?: VaultFs,
): Domain {
  const requireUnlocked = () => session.read(() => undefined);
  return {
    name: 'print',
    handlers: {
      'print:dialog': async ({ pageSize }) => {
        requireUnlocked();
        try {
          await platform.printPage({ pageSize });
        } catch {
          throw new ServiceError(
            'IO',
            'The page could not be sent to the printer. Check the printer, then try again.',
          );
        }
      },
      'print:savePdf': async ({ pageSize, footerPeriod, document }) => {
        requireUnlocked();
        const defaultName = pdfFileName(document, localDayOf(clock.now()));
        const target = await platform.chooseSavePath({
          title: 'Save as PDF',
          defaultName,
          filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        });
        if (!target) return { saved: false };
        requireUnlocked();
        const pdf = await platform.pagePdf({ pageSize, footerPeriod }).catch(() => {
          throw new ServiceError('IO', 'The PDF could not be made. Nothing was saved; try again.');
        });
        requireUnlocked();
        await writePdf(target, pdf, fs);
        return { saved: true, fileName: path.basename(target) };
      },
    },
  };
}
