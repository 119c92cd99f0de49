import { fromBuffer } from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { ImportError } from './import-error';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_FILES, TOO_LARGE, ZIP_TOO_LARGE } from './limits';
import type { RawFile } from './source';

const DAMAGED =
  'This zip file could not be read: it may be damaged or cut short. Export the journal again and import the new file.';
const PASSWORD =
  'This zip file is protected by a password. Unpack it first, then import the folder or the file inside.';

/**
 * The files of a zip whose names `wanted` accepts, read into memory; the others are only counted.
 * The whole directory is read and every limit checked (count, each size, the total) before a byte
 * is inflated, and yauzl's `validateEntrySizes` stops any file that inflates past the size its
 * directory declared, so a zip bomb is refused however it lies.
 */
export async function readZip(
  bytes: Buffer,
  wanted: (path: string) => boolean,
): Promise<{ files: RawFile[]; others: number }> {
  let zip: ZipFile;
  try {
    zip = await new Promise<ZipFile>((resolve, reject) =>
      fromBuffer(
        bytes,
        { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, autoClose: false },
        (error, opened) => (error ? reject(error) : resolve(opened)),
      ),
    );
  } catch {
    throw new ImportError(DAMAGED);
  }
  try {
    if (zip.entryCount > MAX_ZIP_FILES) throw new ImportError(ZIP_TOO_LARGE);
    const { chosen, others } = await directory(zip, wanted);
    const files: RawFile[] = [];
    for (const entry of chosen) {
      files.push({
        path: entry.fileName,
        bytes: await inflate(zip, entry),
        modifiedAt: entry.getLastModDate(),
      });
    }
    return { files, others };
  } catch (error) {
    throw error instanceof ImportError ? error : new ImportError(DAMAGED);
  } finally {
    zip.close();
  }
}

/** The entries to read, checked against the limits, and how many others there are. */
async function directory(
  zip: ZipFile,
  wanted: (path: string) => boolean,
): Promise<{ chosen: Entry[]; others: number }> {
  const chosen: Entry[] = [];
  let others = 0;
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: Entry) => {
      const path = entry.fileName;
      if (path.endsWith('/')) return zip.readEntry();
      if (!wanted(path) || path.startsWith('__MACOSX/')) {
        others++;
        return zip.readEntry();
      }
      if (entry.uncompressedSize > MAX_FILE_BYTES) return reject(new ImportError(TOO_LARGE));
      total += entry.uncompressedSize;
      if (total > MAX_TOTAL_BYTES) return reject(new ImportError(ZIP_TOO_LARGE));
      if (entry.isEncrypted()) return reject(new ImportError(PASSWORD));
      chosen.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
  return { chosen, others };
}

function inflate(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // validateEntrySizes already stops a stream that passes the declared size; the same
        // promise is kept here too, in case that option is ever turned off.
        if (size > entry.uncompressedSize) stream.destroy(new Error('larger than declared'));
        else chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}
