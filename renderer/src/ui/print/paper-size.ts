import { defaultPaperSize } from '../../../../shared/print/paper';
import type { PaperSize } from '../../../../shared/print/paper';

/** The paper the person's printer most likely holds, from the system's locale. */
export const localPaperSize = (): PaperSize => defaultPaperSize(navigator.language);
