import type { ExportFormat } from './export-contract';

/** The extension of each export: `.bsvault` says "a Between Sessions vault" and nothing more. */
export const exportExtensions: Record<ExportFormat, string> = {
  encrypted: 'bsvault',
  markdown: 'zip',
  json: 'json',
};

/** `Between Sessions export 2024-05-01.bsvault`: the day is the local day of the export. */
export function exportFileName(format: ExportFormat, day: string): string {
  const kind =
    format === 'encrypted' ? 'export' : `${format === 'json' ? 'JSON' : 'Markdown'} export`;
  return `Between Sessions ${kind} ${day}.${exportExtensions[format]}`;
}

const SLUG_MAX = 60;

/**
 * A title as a file-name part every system accepts: letters and digits of any script kept,
 * everything else folded to single dashes, lower case, at most 60 characters.
 */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return [...slug].slice(0, SLUG_MAX).join('').replace(/-+$/, '');
}

/**
 * Names one file per entry, `YYYY-MM-DD title-slug.md` (`YYYY-MM-DD.md` without a title), unique
 * without regard to case (`… 2.md`, `… 3.md`), in the order given.
 */
export function entryFileNames(entries: readonly { date: string; title: string }[]): string[] {
  const taken = new Set<string>();
  return entries.map(({ date, title }) => {
    const slug = titleSlug(title);
    const base = slug ? `${date} ${slug}` : date;
    let name = `${base}.md`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}.md`;
    taken.add(name.toLowerCase());
    return name;
  });
}
