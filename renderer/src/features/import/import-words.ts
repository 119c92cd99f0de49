import type {
  DropNote,
  ImportPreview,
  ImportResult,
} from '../../../../shared/import/import-contract';

/*
 * The sentences of the import screen, from the figures main sends. Kept apart from the screen so
 * the counting words (one entry, 3 entries, none) are tested on their own.
 */

const entries = (n: number): string => (n === 1 ? '1 entry' : `${n.toLocaleString()} entries`);

/** How many entries an import would add: those in the file less those already in the journal. */
export const newEntries = (preview: Pick<ImportPreview, 'entries' | 'duplicates'>): number =>
  Math.max(0, preview.entries - preview.duplicates);

/** The confirm button: "Import 120 entries". */
export const importLabel = (count: number): string => `Import ${entries(count)}`;

/** "120 entries" read from the file, or why there are none. */
export function entriesLine(preview: Pick<ImportPreview, 'entries'>): string {
  if (preview.entries === 0) return 'No entries could be read from this file.';
  return `${entries(preview.entries)} found.`;
}

/** What will be skipped as already there; null when nothing is. */
export function duplicatesLine(
  preview: Pick<ImportPreview, 'entries' | 'duplicates'>,
): string | null {
  const { entries: total, duplicates } = preview;
  if (duplicates === 0) return null;
  if (duplicates >= total) {
    return total === 1
      ? 'It looks like an entry already in your journal: importing it would add nothing.'
      : `All ${total.toLocaleString()} look like entries already in your journal: importing them would add nothing.`;
  }
  return duplicates === 1
    ? '1 looks like an entry already in your journal and will be skipped.'
    : `${duplicates.toLocaleString()} look like entries already in your journal and will be skipped.`;
}

/** One thing that will not come in, as a sentence: "Photos and other attachments: 3." */
export function dropLine({ reason, count }: DropNote): string {
  const said = reason.charAt(0).toUpperCase() + reason.slice(1);
  return `${said}: ${count.toLocaleString()}.`;
}

/** What happened, once the import is done. */
export function resultLine({ added, skipped, tag }: ImportResult): string {
  if (added === 0) {
    return skipped === 1
      ? 'Nothing was imported: its one entry is already in your journal.'
      : `Nothing was imported: all ${skipped.toLocaleString()} entries are already in your journal.`;
  }
  const skippedPart =
    skipped === 0
      ? ''
      : `; ${skipped.toLocaleString()} already in your journal ${skipped === 1 ? 'was' : 'were'} skipped`;
  const tagged = added === 1 ? 'It is' : 'They are';
  return `Imported ${entries(added)}${skippedPart}. ${tagged} tagged “${tag}”.`;
}
