import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createVault, isVaultError, openVault } from '../../../electron/vault';
import type { VaultErrorCode } from '../../../electron/vault';
import { CHEAP_KDF, listFiles, tempDir } from './helpers';

const PASSPHRASE = 'tamper test passphrase';
let original: Buffer;
let recoveryKey: string;

beforeAll(async () => {
  const file = join(await tempDir(), 'journal.vault');
  const created = await createVault(file, PASSPHRASE, { kdf: CHEAP_KDF });
  recoveryKey = created.recoveryKey;
  await created.vault.update((doc) => {
    doc.settings.theme = 'light';
  });
  await created.vault.close();
  original = await readFile(file);
});

/**
 * Where to damage the file. The padded document is at least 64 KiB, too many offsets to open one
 * by one, so: every byte of the header, the IV and the first and last 512 bytes of the document
 * (where its start, its padding's end and the tag are), and every 1021st byte in between.
 */
function offsetsToTry(bytes: Buffer): number[] {
  const documentStart = 14 + bytes.readUInt32BE(10) + 32 + 12;
  const offsets: number[] = [];
  for (let offset = 0; offset < bytes.length; offset++) {
    const nearEdge = offset < documentStart + 512 || offset >= bytes.length - 512;
    if (nearEdge || offset % 1021 === 0) offsets.push(offset);
  }
  return offsets;
}

/** Opens `bytes` as a vault; returns the refusal code, and checks nothing was written. */
async function refusal(
  bytes: Buffer,
  secret = { passphrase: PASSPHRASE },
): Promise<VaultErrorCode> {
  const dir = await tempDir();
  const file = join(dir, 'journal.vault');
  await writeFile(file, bytes);
  let code: VaultErrorCode | 'OPENED' = 'OPENED';
  try {
    const vault = await openVault(file, secret, { kdf: CHEAP_KDF });
    await vault.close();
  } catch (error) {
    if (!isVaultError(error)) throw error;
    code = error.code;
  }
  expect((await readFile(file)).equals(bytes), 'file left byte-identical').toBe(true);
  expect(await listFiles(dir), 'no lock, backup or temp file left behind').toEqual([
    'journal.vault',
  ]);
  if (code === 'OPENED') throw new Error('a damaged vault opened');
  return code;
}

describe('tampering', () => {
  it('the untouched copy opens (so the loops below test damage, not a broken setup)', async () => {
    const file = join(await tempDir(), 'journal.vault');
    await writeFile(file, original);
    const vault = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF });
    expect(vault.data.settings.theme).toBe('light');
    await vault.close();
  });

  it('a vault with any single byte flipped is refused (CORRUPT or WRONG_SECRET) and left untouched', async () => {
    const seen = new Map<VaultErrorCode, number>();
    const offsets = offsetsToTry(original);
    for (const offset of offsets) {
      const bytes = Buffer.from(original);
      bytes[offset]! ^= 0xff;
      const code = await refusal(bytes);
      expect(['CORRUPT', 'WRONG_SECRET'], `offset ${offset}`).toContain(code);
      seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    // The header checksum makes accidental damage read as damage, not as a wrong passphrase.
    expect(seen.get('CORRUPT')).toBe(offsets.length);
  });

  it('a vault truncated at any offset is refused as CORRUPT and left untouched', async () => {
    for (const length of offsetsToTry(original)) {
      expect(await refusal(original.subarray(0, length)), `length ${length}`).toBe('CORRUPT');
    }
  });

  it('a vault with junk appended is refused as CORRUPT and left untouched', async () => {
    for (const junk of [Buffer.from([0]), Buffer.from('\n'), Buffer.alloc(4096, 0xab)]) {
      expect(await refusal(Buffer.concat([original, junk]))).toBe('CORRUPT');
    }
  });

  it('the recovery key does not open a tampered document either', async () => {
    const bytes = Buffer.from(original);
    bytes[bytes.length - 40]! ^= 1;
    expect(await refusal(bytes, { recoveryKey } as never)).toBe('CORRUPT');
  });

  it('a file that is not a vault at all is refused as CORRUPT', async () => {
    expect(await refusal(Buffer.from('{"entries": []}'))).toBe('CORRUPT');
    expect(await refusal(Buffer.alloc(0))).toBe('CORRUPT');
  });
});

interface ForgedHeader {
  keySlots: Array<{ kdf: Record<string, unknown>; [field: string]: unknown }>;
}

/** Rewrites the header JSON (and its checksum) as a forger who knows the format would. */
function withHeader(bytes: Buffer, edit: (header: ForgedHeader) => void, version = 2): Buffer {
  const length = bytes.readUInt32BE(10);
  const header = JSON.parse(bytes.toString('utf8', 14, 14 + length));
  edit(header);
  const json = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.from(bytes.subarray(0, 14));
  prefix.writeUInt16BE(version, 8);
  prefix.writeUInt32BE(json.length, 10);
  const checksum = createHash('sha256').update(prefix).update(json).digest();
  return Buffer.concat([prefix, json, checksum, bytes.subarray(14 + length + 32)]);
}

describe('headers that ask for too much', () => {
  const absurd: Array<[string, (h: ForgedHeader) => void]> = [
    ['N = 2^30', (h) => (h.keySlots[0]!.kdf.N = 2 ** 30)],
    ['N = 2^21', (h) => (h.keySlots[0]!.kdf.N = 2 ** 21)],
    ['N not a power of two', (h) => (h.keySlots[0]!.kdf.N = 3000)],
    ['r = 2^20', (h) => (h.keySlots[0]!.kdf.r = 2 ** 20)],
    ['p = 2^20', (h) => (h.keySlots[0]!.kdf.p = 2 ** 20)],
    [
      'r·p far beyond the work limit',
      (h) => Object.assign(h.keySlots[0]!.kdf, { N: 2 ** 20, r: 32, p: 16 }),
    ],
    ['a 4-byte salt', (h) => (h.keySlots[0]!.salt = Buffer.alloc(4).toString('base64'))],
    ['a 1 KB salt', (h) => (h.keySlots[0]!.salt = Buffer.alloc(1024).toString('base64'))],
    ['a 16-byte IV', (h) => (h.keySlots[0]!.iv = Buffer.alloc(16).toString('base64'))],
    ['a missing slot', (h) => h.keySlots.pop()],
    ['an extra field', (h) => (h.keySlots[0]!.extra = 1)],
  ];

  for (const [name, edit] of absurd) {
    it(`a header with ${name} is refused as CORRUPT before any key derivation`, async () => {
      const started = performance.now();
      expect(await refusal(withHeader(original, edit))).toBe('CORRUPT');
      // N = 2^30 would need 128 GiB and minutes; refusing it takes well under a second.
      expect(performance.now() - started).toBeLessThan(500);
    });
  }

  it('a header naming an unknown key derivation is refused as UNSUPPORTED_VERSION', async () => {
    const bytes = withHeader(original, (h) => (h.keySlots[0]!.kdf = { name: 'argon2id', m: 1 }));
    expect(await refusal(bytes)).toBe('UNSUPPORTED_VERSION');
  });

  it('a file from a newer format version is refused as UNSUPPORTED_VERSION and left untouched', async () => {
    expect(await refusal(withHeader(original, () => undefined, 3))).toBe('UNSUPPORTED_VERSION');
  });

  it('a padded (version 2) file relabelled as version 1, checksum fixed, is refused as CORRUPT', async () => {
    expect(original.readUInt16BE(8)).toBe(2);
    expect(await refusal(withHeader(original, () => undefined, 1))).toBe('CORRUPT');
  });

  it('a forged header with valid checksum but weakened parameters does not unlock (WRONG_SECRET)', async () => {
    const bytes = withHeader(original, (h) => (h.keySlots[0]!.kdf.N = 2 ** 11));
    expect(await refusal(bytes)).toBe('WRONG_SECRET');
  });
});
