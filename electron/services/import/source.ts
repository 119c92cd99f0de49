import { lstat, open, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ImportError } from './import-error';
import {
  MAX_FILE_BYTES,
  MAX_FOLDER_FILES,
  MAX_TOTAL_BYTES,
  TOO_LARGE,
  FOLDER_TOO_LARGE,
} from './limits';
import { isMarkdownPath } from './markdown';
import { readZip } from './zip';

/** One file of what was chosen, as bytes. */
export interface RawFile {
  /** Its path inside the chosen folder or zip (`/`-separated), or its own name. */
  path: string;
  bytes: Uint8Array;
  modifiedAt?: Date;
}

/** What the person chose: a file, the files of a zip, or the Markdown files of a folder. */
export interface Source {
  name: string;
  /** A single file chosen as it is (not a zip or a folder). */
  single: boolean;
  files: RawFile[];
  /** Files in the zip or folder that were not read (photos, attachments, other formats). */
  others: number;
}

const UNREADABLE =
  'That file or folder could not be read. Check that it still exists and that you may open it.';
const TEXT_IN_ZIP = /\.(json|md|markdown|txt|csv)$/i;

/** Reads the chosen path within the limits; every failure is an ImportError. */
export async function readSource(path: string): Promise<Source> {
  const name = basename(path);
  const stats = await lstat(path).catch(() => {
    throw new ImportError(UNREADABLE);
  });
  if (stats.isDirectory()) return { name, single: false, ...(await readFolder(path)) };
  if (!stats.isFile()) throw new ImportError(UNREADABLE);
  if (stats.size > MAX_FILE_BYTES) throw new ImportError(TOO_LARGE);
  const bytes = await readCapped(path);
  if (isZip(bytes)) {
    return {
      name,
      single: false,
      ...(await readZip(Buffer.from(bytes), (p) => TEXT_IN_ZIP.test(p))),
    };
  }
  return { name, single: true, files: [{ path: name, bytes, modifiedAt: stats.mtime }], others: 0 };
}

/** A zip starts with a local file header (or, when empty, the end of its directory). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** Reads at most the limit plus one byte, so a file that grows after its size was read is still refused. */
async function readCapped(path: string): Promise<Buffer> {
  const handle = await open(path, 'r').catch(() => {
    throw new ImportError(UNREADABLE);
  });
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(8 * 1024 * 1024, MAX_FILE_BYTES + 1 - size));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > MAX_FILE_BYTES) throw new ImportError(TOO_LARGE);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    throw error instanceof ImportError ? error : new ImportError(UNREADABLE);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * The Markdown files of a folder and its subfolders; hidden folders (an Obsidian vault's
 * `.obsidian`, `.trash`) and links are not followed.
 */
async function readFolder(root: string): Promise<{ files: RawFile[]; others: number }> {
  const files: RawFile[] = [];
  let others = 0;
  let total = 0;
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const items = await readdir(dir, { withFileTypes: true }).catch(() => {
      throw new ImportError(UNREADABLE);
    });
    for (const item of items.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (item.name.startsWith('.')) continue;
      const full = join(dir, item.name);
      const path = prefix + item.name;
      if (item.isDirectory()) await walk(full, `${path}/`);
      else if (item.isFile() && isMarkdownPath(item.name)) {
        if (files.length >= MAX_FOLDER_FILES) throw new ImportError(FOLDER_TOO_LARGE);
        const stats = await lstat(full).catch(() => {
          throw new ImportError(UNREADABLE);
        });
        if (stats.size > MAX_FILE_BYTES) throw new ImportError(TOO_LARGE);
        total += stats.size;
        if (total > MAX_TOTAL_BYTES) throw new ImportError(FOLDER_TOO_LARGE);
        files.push({ path, bytes: await readCapped(full), modifiedAt: stats.mtime });
      } else if (item.isFile()) others++;
    }
  };
  await walk(root, '');
  return { files, others };
}
