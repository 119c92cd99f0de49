import { z } from 'zod';
import { shareLevelSchema } from '../domain/records';

/** What an export can write: the encrypted copy (recommended), or readable Markdown or JSON. */
export const exportFormats = ['encrypted', 'markdown', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/**
 * An export. The encrypted copy holds every entry outside the trash, sealed under a passphrase
 * chosen for it; Markdown and JSON are readable by anyone, so they hold only the share levels the
 * person ticked.
 */
export const exportSaveSchema = z.discriminatedUnion('format', [
  z.strictObject({
    format: z.literal('encrypted'),
    passphrase: z.string().min(1).max(1024),
  }),
  z.strictObject({
    format: z.enum(['markdown', 'json']),
    shareLevels: z.array(shareLevelSchema).min(1).max(3),
  }),
]);
export type ExportSave = z.input<typeof exportSaveSchema>;

/** A written export: the file's name (never its path) and how many entries it holds. */
export interface ExportSaved {
  name: string;
  entries: number;
}
