import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The PDF's text in reading order (poppler's pdftotext). */
export const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

/** pdfinfo's fields: "Tagged" → "yes", "Pages" → "2", "Page size" → "612 x 792 pts (letter)". */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}

/** Each font pdffonts lists: its name and whether it is embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    // name type… encoding emb sub uni object ID: "emb" is the fifth field from the end.
    const fields = line.trim().split(/\s+/);
    return { name: fields[0]!, embedded: fields.at(-5) === 'yes' };
  });
}

/** A PDF page as a PNG beside it, to look at (poppler's pdftoppm). */
export function pdfPagePng(file: string, page: number, prefix: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', `${page}`, '-l', `${page}`, file, prefix]);
}

/** The names directly in the system's temp folder. */
export const tempEntries = async (): Promise<Set<string>> => new Set(await readdir(os.tmpdir()));

/**
 * Files that appeared in the temp folder since `before` (other programs on the machine may add
 * theirs) and hold `words` or a PDF: what would be a printout left outside the chosen folder.
 */
export async function tempFilesHolding(before: Set<string>, words: string[]): Promise<string[]> {
  const found: string[] = [];
  const visit = async (entry: string, depth: number): Promise<void> => {
    const info = await stat(entry).catch(() => null);
    if (!info) return;
    if (info.isDirectory()) {
      if (depth > 3) return;
      const names = await readdir(entry).catch(() => []);
      for (const name of names) await visit(path.join(entry, name), depth + 1);
      return;
    }
    if (!info.isFile() || info.size > 20_000_000) return;
    const bytes = await readFile(entry).catch(() => null);
    if (!bytes) return;
    const text = bytes.toString('latin1');
    if (text.startsWith('%PDF') || words.some((word) => text.includes(word))) found.push(entry);
  };
  for (const name of await readdir(os.tmpdir())) {
    if (!before.has(name)) await visit(path.join(os.tmpdir(), name), 0);
  }
  return found;
}
