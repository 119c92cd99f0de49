import { z } from 'zod';
import { shareLevelSchema } from '../domain/records';
import { tagSchema } from '../entries/entry-contract';
import type { TagCount } from '../entries/entry-contract';

/** The journals an import can read, our own exports among them. */
export const importFormats = [
  'between-sessions-encrypted',
  'between-sessions-json',
  'day-one',
  'jrnl-json',
  'jrnl-text',
  'mini-diary',
  'mini-diarium',
  'markdown',
  'daylio',
] as const;
export type ImportFormat = (typeof importFormats)[number];

/** How each format is named to the person. */
export const importFormatNames: Record<ImportFormat, string> = {
  'between-sessions-encrypted': 'Between Sessions (encrypted export)',
  'between-sessions-json': 'Between Sessions (JSON export)',
  'day-one': 'Day One (JSON export)',
  'jrnl-json': 'jrnl (JSON export)',
  'jrnl-text': 'jrnl (plain text)',
  'mini-diary': 'Mini Diary (JSON export)',
  'mini-diarium': 'Mini Diarium (JSON export)',
  markdown: 'Markdown files',
  daylio: 'Daylio (CSV export)',
};

/** Something in the file that will not come in, and how many times it occurs. */
export interface DropNote {
  reason: string;
  count: number;
}

/** What an import would do, shown before anything changes. The entries stay in main. */
export interface ImportPreview {
  /** Names this parsed file in `import:commit`; forgotten on lock or when another is previewed. */
  token: string;
  /** The chosen file's or folder's name (never its path). */
  source: string;
  format: ImportFormat;
  /** Entries read from the file. */
  entries: number;
  /** Of those, how many are already in the journal (same day, title and body) and will be skipped. */
  duplicates: number;
  /** The first and last day of the entries, absent when there are none. */
  from?: string;
  to?: string;
  /** The file's own tags and how many of its entries carry each, most used first. */
  tags: TagCount[];
  dropped: DropNote[];
  /**
   * Entries whose file gives their share level (our own exports): they keep it, and the level
   * chosen in the preview applies only to the others. Absent when none do.
   */
  ownShareLevels?: number;
}

export interface ImportResult {
  added: number;
  skipped: number;
  /** The tag every added entry carries, as spelled in the journal. */
  tag: string;
}

/** What the open dialog asks for: a file (zip, JSON, CSV, text) or a folder of Markdown files. */
export const importChooseSchema = z.strictObject({ folder: z.boolean().default(false) });
export type ImportChoose = z.input<typeof importChooseSchema>;

const tokenSchema = z.string().regex(/^[\w-]{1,64}$/);

export const importPreviewSchema = z.strictObject({
  choice: tokenSchema,
  /** Opens an encrypted Between Sessions export; missing or wrong, the preview is WRONG_SECRET. */
  passphrase: z.string().min(1).max(1024).optional(),
});

export const importCommitSchema = z.strictObject({
  token: tokenSchema,
  shareLevel: shareLevelSchema.default('private'),
  tag: tagSchema.default('imported'),
});
export type ImportCommit = z.input<typeof importCommitSchema>;

/** A chosen file or folder, named by a token: the page never holds or sends a path. */
export interface ImportChoice {
  choice: string;
  name: string;
}
