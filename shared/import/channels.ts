import { channel, returns } from '../ipc/define';
import { importChooseSchema, importCommitSchema, importPreviewSchema } from './import-contract';
import type { ImportChoice, ImportPreview, ImportResult } from './import-contract';

/** Importing another journal: choose a file, see what would come in, then bring it in at once. */
export const importChannels = {
  /** Main's own open dialog; null when the person cancels. */
  'import:choose': channel(importChooseSchema, returns<ImportChoice | null>()),
  /**
   * Reads and parses the chosen file; changes nothing. A file that cannot be read is BAD_INPUT;
   * an encrypted export without its passphrase, or with a wrong one, is WRONG_SECRET.
   */
  'import:preview': channel(importPreviewSchema, returns<ImportPreview>()),
  /**
   * Adds the previewed entries that are not already in the journal, in one save, after a backup.
   * All or nothing. A token that was forgotten (lock, a newer preview) is NOT_FOUND.
   */
  'import:commit': channel(importCommitSchema, returns<ImportResult>()),
};
