/*
 * What an import will read. Every limit is stated in the message that refuses a file, so a person
 * knows what to do (split the export, leave out photos) rather than guess.
 */

const MB = 1024 * 1024;

/** A chosen file (or one file inside a folder) larger than this is refused unread. */
export const MAX_FILE_BYTES = 100 * MB;
/** A zip's files, counted from its directory before anything is inflated. */
export const MAX_ZIP_FILES = 50_000;
/** The text files read from one zip or folder, added up (photos and other files are skipped). */
export const MAX_TOTAL_BYTES = 250 * MB;
/** A folder's Markdown files, read one level deep and below, at most this many. */
export const MAX_FOLDER_FILES = 50_000;

export const TOO_LARGE =
  'Files over 100 MB are not imported. Export a smaller part of the journal (a year at a time, say) and import each part.';
export const ZIP_TOO_LARGE =
  'This zip is not imported: it unpacks to more than 250 MB of text or holds more than 50,000 files. Export a smaller part of the journal and import each part.';
export const FOLDER_TOO_LARGE =
  'This folder is not imported: its Markdown files add up to more than 250 MB or number more than 50,000. Import it a part at a time (a folder per year, say).';
