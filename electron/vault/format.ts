import { createHash } from 'node:crypto';
import { z } from 'zod';
import { VaultError } from './errors';
import type { VaultFs } from './fs-layer';
import { SALT_BYTES, scryptParamsProblem } from './kdf';

/*
 * File layout, format versions 1 and 2. The framing (magic, version, header length, header, checksum)
 * is the same in every version, so a future version's file is recognised as "newer", not "damaged".
 *
 *   0        8  magic  89 'B' 'S' 'V' 'A' 'U' 'L' 'T'
 *   8        2  format version, uint16 big-endian
 *   10       4  header length L, uint32 big-endian
 *   14       L  header: UTF-8 JSON (kdf parameters, salts, wrapped data keys)
 *   14+L    32  SHA-256 of bytes [0, 14+L)
 *   46+L    12  document IV (fresh for every save)
 *   58+L     n  document ciphertext, AES-256-GCM under the data key
 *   end-16  16  GCM tag
 *
 * Version 2 (written since) pads the document: the plaintext is the UTF-8 JSON followed by
 * ASCII spaces (0x20) up to `paddedLength(JSON bytes)`, so the file's size tells only roughly how
 * much was written (see `paddedLength`). The padding is inside the encryption, so it is
 * authenticated like the rest; a reader refuses a version 2 document whose length is not exactly
 * that bucket. Version 1 (no padding) files are read forever and become version 2 on their
 * first save.
 *
 * Bytes [0, 46+L) are the additional data of the document's GCM, so changing any header byte is
 * detected (the version too: a version 2 file relabelled as 1 to skip the padding check fails). The checksum is not a security measure (GCM is); it tells accidental damage to the
 * header ("corrupt") apart from a wrong passphrase before any slow key derivation runs.
 */

export const MAGIC = Buffer.from([0x89, 0x42, 0x53, 0x56, 0x41, 0x55, 0x4c, 0x54]);
export const FORMAT_VERSION = 2;
/** Versions this build reads. Version 1: no padding. */
const READABLE_VERSIONS = new Set([1, 2]);
/** From this version on, the document plaintext is padded to a size bucket. */
export const PADDED_SINCE_VERSION = 2;

/** The smallest padded document: a near-empty journal looks like one of a few dozen entries. */
export const MIN_PADDED_BYTES = 64 * 1024;

/**
 * The size bucket a document of `n` bytes is padded to: at least 64 KiB, then the next step of a
 * quarter of a power of two (2^k, 1.25·2^k, 1.5·2^k, 1.75·2^k, 2^(k+1)…). Padding costs at most
 * 25% (about 10% on average), and the size reveals only which of 4 buckets per doubling the
 * journal falls into, not how much was written since the last save.
 */
export function paddedLength(n: number): number {
  if (n <= MIN_PADDED_BYTES) return MIN_PADDED_BYTES;
  const step = 2 ** (Math.floor(Math.log2(n)) - 2);
  return Math.ceil(n / step) * step;
}
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
const PREFIX_BYTES = MAGIC.length + 2 + 4;
const CHECKSUM_BYTES = 32;
const MAX_HEADER_BYTES = 16 * 1024;

const KNOWN_KDFS = new Set(['scrypt', 'hkdf-sha256']);

function base64Of(min: number, max: number = min) {
  return z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine((s) => {
      const length = Buffer.byteLength(s, 'base64');
      return length >= min && length <= max && Buffer.from(s, 'base64').toString('base64') === s;
    });
}

const saltSchema = base64Of(SALT_BYTES.min, SALT_BYTES.max);
const ivSchema = base64Of(IV_BYTES);
/** A wrapped 256-bit data key: ciphertext then GCM tag. */
const wrappedKeySchema = base64Of(32 + TAG_BYTES);

const scryptKdfSchema = z
  .strictObject({ name: z.literal('scrypt'), N: z.int(), r: z.int(), p: z.int() })
  .refine((kdf) => scryptParamsProblem(kdf) === undefined);

const passphraseSlotSchema = z.strictObject({
  method: z.literal('passphrase'),
  kdf: scryptKdfSchema,
  salt: saltSchema,
  iv: ivSchema,
  wrappedKey: wrappedKeySchema,
});

const recoverySlotSchema = z.strictObject({
  method: z.literal('recovery-key'),
  kdf: z.strictObject({ name: z.literal('hkdf-sha256') }),
  salt: saltSchema,
  iv: ivSchema,
  wrappedKey: wrappedKeySchema,
});

export const headerSchema = z.strictObject({
  cipher: z.literal('aes-256-gcm'),
  keySlots: z.tuple([passphraseSlotSchema, recoverySlotSchema]),
});

export type VaultHeader = z.infer<typeof headerSchema>;
export type PassphraseSlot = z.infer<typeof passphraseSlotSchema>;
export type RecoverySlot = z.infer<typeof recoverySlotSchema>;
export type KeySlot = PassphraseSlot | RecoverySlot;
export type UnlockMethod = KeySlot['method'];

/** A vault file split into its parts. Buffers are views into the bytes read. */
export interface Container {
  formatVersion: number;
  header: VaultHeader;
  /** Bytes [0, 46+L): the document's additional data. */
  headerBytes: Buffer;
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

const corrupt = (why: string) => new VaultError('CORRUPT', { cause: new Error(why) });

/** The framed header alone: bytes [0, 46+L) of a file, checked, and what they say. */
interface Head {
  formatVersion: number;
  header: VaultHeader;
  /** Bytes [0, 46+L): the document's additional data. */
  headerBytes: Buffer;
}

/**
 * Checks and parses the framed header at the start of `bytes` (the whole file, or just its
 * first bytes). Refuses damaged, foreign, newer or absurd headers before any key derivation.
 */
function parseHead(bytes: Buffer, wholeFile: boolean): Head {
  if (bytes.length < PREFIX_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw corrupt('not a vault file');
  }
  const headerLength = bytes.readUInt32BE(MAGIC.length + 2);
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) throw corrupt('bad header length');
  const headerEnd = PREFIX_BYTES + headerLength;
  const aadEnd = headerEnd + CHECKSUM_BYTES;
  if (bytes.length < aadEnd + (wholeFile ? IV_BYTES + TAG_BYTES : 0)) throw corrupt('truncated');
  const checksum = createHash('sha256').update(bytes.subarray(0, headerEnd)).digest();
  if (!checksum.equals(bytes.subarray(headerEnd, aadEnd))) throw corrupt('header checksum');

  const formatVersion = bytes.readUInt16BE(MAGIC.length);
  if (!READABLE_VERSIONS.has(formatVersion)) {
    throw new VaultError(formatVersion > FORMAT_VERSION ? 'UNSUPPORTED_VERSION' : 'CORRUPT');
  }

  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8', PREFIX_BYTES, headerEnd));
  } catch {
    throw corrupt('header is not JSON');
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) {
    if (usesUnknownKdf(json)) throw new VaultError('UNSUPPORTED_VERSION');
    throw corrupt('header does not match the format');
  }
  return { formatVersion, header: parsed.data, headerBytes: bytes.subarray(0, aadEnd) };
}

/**
 * Splits and checks a vault file without any secret. Refuses damaged, foreign, newer or
 * absurd files here, before the caller spends any time on key derivation.
 */
export function parseContainer(bytes: Buffer): Container {
  const head = parseHead(bytes, true);
  const aadEnd = head.headerBytes.length;
  return {
    ...head,
    iv: bytes.subarray(aadEnd, aadEnd + IV_BYTES),
    ciphertext: bytes.subarray(aadEnd + IV_BYTES, bytes.length - TAG_BYTES),
    tag: bytes.subarray(bytes.length - TAG_BYTES),
  };
}

/** Reads and checks only the header of the vault file at `path` (not the whole, large file). */
export async function readHeader(fs: VaultFs, path: string): Promise<VaultHeader> {
  const head = Buffer.alloc(PREFIX_BYTES + MAX_HEADER_BYTES + CHECKSUM_BYTES);
  const handle = await fs.open(path, 'r');
  let read: number;
  try {
    ({ bytesRead: read } = await handle.read(head, 0, head.length, 0));
  } finally {
    await handle.close();
  }
  return parseHead(head.subarray(0, read), false).header;
}

/** A key derivation this build does not know means a newer app wrote the file. */
function usesUnknownKdf(json: unknown): boolean {
  const slots = (json as { keySlots?: unknown } | null)?.keySlots;
  if (!Array.isArray(slots)) return false;
  return slots.some((slot: unknown) => {
    const name = (slot as { kdf?: { name?: unknown } } | null)?.kdf?.name;
    return typeof name === 'string' && !KNOWN_KDFS.has(name);
  });
}

/** Encodes the header with its framing and checksum: the document's additional data. */
export function encodeHeader(header: VaultHeader): Buffer {
  const json = Buffer.from(JSON.stringify(headerSchema.parse(header)), 'utf8');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  MAGIC.copy(prefix);
  prefix.writeUInt16BE(FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32BE(json.length, MAGIC.length + 2);
  const checksum = createHash('sha256').update(prefix).update(json).digest();
  return Buffer.concat([prefix, json, checksum]);
}

/** Where the document IV starts in a file with this header. */
export function documentOffset(headerBytes: Buffer): number {
  return headerBytes.length;
}
