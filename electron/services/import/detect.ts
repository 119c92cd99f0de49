import { looksLikeDaylio, parseDaylio } from './daylio';
import { looksLikeDayOne, parseDayOne } from './day-one';
import { ImportError } from './import-error';
import { Drops } from './imported';
import type { ParsedImport } from './imported';
import { looksLikeJrnlJson, looksLikeJrnlText, parseJrnlJson, parseJrnlText } from './jrnl';
import { parseJson } from './json-text';
import { isMarkdownPath, parseMarkdown } from './markdown';
import { looksLikeMiniDiarium, parseMiniDiarium } from './mini-diarium';
import { looksLikeMiniDiary, parseMiniDiary } from './mini-diary';
import { looksLikeOwnJson, parseOwnJson } from './own-export';
import type { RawFile, Source } from './source';

const NOT_KNOWN =
  'This file is not one the app can import. It reads Between Sessions exports, Day One and Mini Diary or Mini Diarium JSON exports (or a Day One zip), jrnl JSON or plain text, Daylio CSV, and Markdown files (a folder or a zip of them).';
const NOT_TEXT =
  'This file is not text the app can read (it should be UTF-8, as exports are). Export it again, or choose the export file itself.';
const NOTHING =
  'There is nothing to import here: the folder or zip holds no Markdown files and no journal export.';
const DROPPED_OTHER_FILES = 'files that are not journal text (pictures, attachments and the like)';

/** Works out which journal wrote the chosen file(s) and reads them. Throws only ImportError. */
export function parseSource(source: Source): ParsedImport {
  if (source.single) return parseFile(source.files[0]!);
  const texts = source.files.map((file) => ({ ...file, text: decode(file.bytes) }));
  // A Day One zip holds one JSON file per journal (`Journal.json`, `Work.json`…) and its photos.
  const journals = texts.filter((f) => /\.json$/i.test(f.path) && !f.path.includes('/'));
  const dayOne = journals.map((f) => parseJson(f.text)).filter(looksLikeDayOne);
  if (dayOne.length > 0) {
    return merge(dayOne.map(parseDayOne), 0);
  }
  const markdown = texts.filter((f) => isMarkdownPath(f.path));
  if (markdown.length === 0) {
    if (texts.length === 1) return parseFile(source.files[0]!);
    throw new ImportError(NOTHING);
  }
  const parsed = parseMarkdown(markdown);
  return merge([parsed], source.others + texts.length - markdown.length);
}

/** One chosen file: by its name first, then by what it holds. */
export function parseFile(file: RawFile): ParsedImport {
  const text = decode(file.bytes);
  const name = file.path.toLowerCase();
  if (isMarkdownPath(name)) return parseMarkdown([{ ...file, text }]);
  if (name.endsWith('.csv') || looksLikeDaylio(text)) {
    if (!looksLikeDaylio(text)) throw new ImportError(NOT_KNOWN);
    return parseDaylio(text);
  }
  if (!name.endsWith('.json') && looksLikeJrnlText(text)) return parseJrnlText(text);
  if (name.endsWith('.json') || /^\uFEFF?\s*[{[]/.test(text)) {
    const json = parseJson(text.replace(/^\uFEFF/, ''));
    if (looksLikeOwnJson(json)) return parseOwnJson(json);
    if (looksLikeDayOne(json)) return parseDayOne(json);
    if (looksLikeJrnlJson(json)) return parseJrnlJson(json);
    if (looksLikeMiniDiarium(json)) return parseMiniDiarium(json);
    if (looksLikeMiniDiary(json)) return parseMiniDiary(json);
    throw new ImportError(NOT_KNOWN);
  }
  throw new ImportError(NOT_KNOWN);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ImportError(NOT_TEXT);
  }
}

function merge(parts: ParsedImport[], otherFiles: number): ParsedImport {
  const drops = new Drops();
  for (const part of parts) for (const { reason, count } of part.dropped) drops.add(reason, count);
  drops.add(DROPPED_OTHER_FILES, otherFiles);
  return {
    format: parts[0]!.format,
    entries: parts.flatMap((p) => p.entries),
    dropped: drops.list(),
  };
}
