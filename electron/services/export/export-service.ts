import { basename } from 'node:path';
import type { JournalDocument } from '../../../shared/domain';
import type { ExportSave, ExportSaved } from '../../../shared/export/export-contract';
import { exportExtensions, exportFileName } from '../../../shared/export/file-names';
import { ALL_LEVELS, exportedDocument } from '../../../shared/export/selection';
import { assessPassphrase } from '../../../shared/passphrase/strength';
import { localDayOf } from '../../../shared/therapy/days';
import { ServiceError } from '../../errors';
import type { Platform } from '../../platform';
import { STANDARD_SCRYPT, sealJournalCopy } from '../../vault';
import type { ScryptParams } from '../../vault';
import type { EntriesClock } from '../entries/clock';
import type { JournalSession } from '../vault/journal-session';
import { markdownZip } from './markdown-export';
import { writeExport } from './write-export';

const DIALOG = {
  encrypted: { title: 'Save an encrypted export', filter: 'Between Sessions export' },
  markdown: { title: 'Save a Markdown export (not encrypted)', filter: 'Zip of Markdown files' },
  json: { title: 'Save a JSON export (not encrypted)', filter: 'JSON' },
} as const;

/**
 * Exports the journal. The document is read after the save dialog closes, so the file holds what
 * the journal held when the person chose where to put it; the trash is never exported.
 */
export class ExportService {
  constructor(
    private readonly session: JournalSession,
    private readonly platform: Platform,
    private readonly clock: EntriesClock,
    /** Tests only: cheaper key derivation for the encrypted copy. */
    private readonly kdf: ScryptParams = STANDARD_SCRYPT,
  ) {}

  async save(request: ExportSave): Promise<ExportSaved | null> {
    this.session.read(() => undefined); // a locked journal is refused before any dialog opens
    if (request.format === 'encrypted') {
      // The page checks as the person types; main does not trust the page.
      const assessment = assessPassphrase(request.passphrase);
      if (!assessment.acceptable) {
        throw new ServiceError(
          'BAD_INPUT',
          assessment.warning ??
            'Choose a longer passphrase for the export that is harder to guess.',
        );
      }
    }
    const { format } = request;
    const dialog = DIALOG[format];
    const path = await this.platform.chooseSavePath({
      title: dialog.title,
      defaultName: exportFileName(format, localDayOf(this.clock.now())),
      filters: [{ name: dialog.filter, extensions: [exportExtensions[format]] }],
    });
    if (!path) return null;
    const levels = request.format === 'encrypted' ? ALL_LEVELS : new Set(request.shareLevels);
    const { doc, text } = this.session.read((live) => {
      const copy = exportedDocument(live, levels);
      return { doc: copy, text: JSON.stringify(copy, null, format === 'json' ? 2 : undefined) };
    });
    const chunks = await this.contents(request, doc, text);
    await writeExport(path, chunks);
    return { name: basename(path), entries: doc.entries.length };
  }

  private async contents(
    request: ExportSave,
    doc: JournalDocument,
    text: string,
  ): Promise<Uint8Array[]> {
    if (request.format === 'encrypted') return sealJournalCopy(text, request.passphrase, this.kdf);
    if (request.format === 'json') return [Buffer.from(`${text}\n`, 'utf8')];
    return [await markdownZip(doc, this.clock.now())];
  }
}
