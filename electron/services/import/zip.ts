import { fromBuffer } from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { ImportError } from './import-error';
import { MAX_FILE_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_FILES, TOO_LARGE, ZIP_TOO_LARGE } from './limits';
import type { RawFile } from './source';

const DAMAGED =
  'This zip file could not be read: it may be damaged or cut short. Export the journal again and import the new file.';

/**
 * The files of a zip whose names `wanted` accepts, read into memory; the others are only counted.
 * Every limit is checked against the zip's directory before a byte is inflated, and yauzl's
 * `validateEntrySizes` stops any file that inflates past the size its directory declared, so a
 * zip bomb is refused however it lies.
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
        { lazyEntries: true, validateEntrySizes: true, decodeStrings: true },
        (error, opened) => (error ? reject(error) : resolve(opened)),
      ),
    );
  } catch {
    throw new ImportError(DAMAGED);
  }
  if (zip.entryCount > MAX_ZIP_FILES) {
    zip.close();
    throw new ImportError(ZIP_TOO_LARGE);
  }
  const files: RawFile[] = [];
  let others = 0;
  let total = 0;
  try {
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
        if (entry.isEncrypted()) {
          return reject(
            new ImportError(
              'This zip file is protected by a password. Unpack it first, then import the folder or the file inside.',
            ),
          );
        }
        inflate(zip, entry).then((data) => {
          files.push({ path, bytes: data, modifiedAt: entry.getLastModDate() });
          zip.readEntry();
        }, reject);
      });
      zip.readEntry();
    });
  } catch (error) {
    throw error instanceof ImportError ? error : new ImportError(DAMAGED);
  } finally {
    zip.close();
  }
  return { files, others };
}

function inflate(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // validateEntrySizes already stops a stream that passes the declared size; this is the
        // same promise kept here too, in case that option is ever turned off.
        if (size > entry.uncompressedSize) stream.destroy(new Error('larger than declared'));
        else chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}
