import { channel, returns } from '../ipc/define';
import { exportSaveSchema } from './export-contract';
import type { ExportSaved } from './export-contract';

/** Exporting the journal so it can be read elsewhere or moved to another machine. */
export const exportChannels = {
  /**
   * Asks where to save in main's own dialog (the page never holds a path), then writes the file
   * whole or not at all; null when the person cancels. A weak export passphrase is BAD_INPUT
   * before any dialog opens; a folder that cannot be written is IO, and nothing is left there.
   */
  'export:save': channel(exportSaveSchema, returns<ExportSaved | null>()),
};
