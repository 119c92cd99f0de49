import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../electron/services/import/source';
import { readZip } from '../../../electron/services/import/zip';
import { MAX_FILE_BYTES, MAX_ZIP_FILES } from '../../../electron/services/import/limits';
import { tempDir } from '../../support/temp-dirs';
import { makeZip } from '../../support/zip';

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('not refused');
    },
    (error: Error) => {
      expect(error.name).toBe('ServiceError');
      return error.message;
    },
  );

describe('limits on what is read', () => {
  it('a file over 100 MB is refused before it is read, and the message says the limit', async () => {
    const dir = await tempDir('bs-import-');
    const big = join(dir, 'Journal.json');
    await writeFile(big, Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    expect(await refusal(readSource(big))).toMatch(/over 100 MB are not imported/);
  });

  it('a zip bomb that lies about its size is stopped while inflating', async () => {
    // 20 MB of zeros that claim to be 1 KB: the directory passes, the inflation must not.
    const zip = makeZip([
      { name: 'Journal.json', data: Buffer.alloc(20 * 1024 * 1024), declaredSize: 1024 },
    ]);
    expect(await refusal(readZip(zip, () => true))).toMatch(/could not be read/);
  });

  it('a zip whose files add up past the limit is refused before anything is inflated', async () => {
    const zip = makeZip([
      { name: 'a.md', data: 'x', declaredSize: 90 * 1024 * 1024 },
      { name: 'b.md', data: 'y', declaredSize: 90 * 1024 * 1024 },
      { name: 'c.md', data: 'z', declaredSize: 90 * 1024 * 1024 },
    ]);
    expect(await refusal(readZip(zip, () => true))).toMatch(/more than 250 MB/);
  });

  it('a zip declaring one file over 100 MB is refused from its directory', async () => {
    const zip = makeZip([{ name: 'Journal.json', data: '{}', declaredSize: MAX_FILE_BYTES + 1 }]);
    expect(await refusal(readZip(zip, () => true))).toMatch(/over 100 MB/);
  });

  it('a zip with too many files is refused from its directory', async () => {
    const items = Array.from({ length: MAX_ZIP_FILES + 1 }, (_, i) => ({
      name: `${i}.md`,
      data: '',
    }));
    expect(await refusal(readZip(makeZip(items), () => true))).toMatch(/50,000 files/);
  });

  it('a truncated zip is refused with a plain reason', async () => {
    const zip = makeZip([{ name: 'Journal.json', data: '{"entries":[]}' }]);
    expect(await refusal(readZip(zip.subarray(0, zip.length - 10), () => true))).toMatch(
      /damaged or cut short/,
    );
  });

  it('a path that does not exist is refused without naming it', async () => {
    const message = await refusal(readSource('/nowhere/at/all.json'));
    expect(message).not.toContain('nowhere');
  });
});
