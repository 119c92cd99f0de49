import { newDataKey, openDocumentText, sealDocumentText } from './cipher';
import { decodeDocument } from './document-codec';
import { MAGIC, encodeHeader, parseContainer } from './format';
import type { VaultHeader } from './format';
import { STANDARD_SCRYPT } from './kdf';
import type { ScryptParams } from './kdf';
import { passphraseSlot, recoverySlot, unlockDataKey } from './key-slots';
import { generateRecoveryKeyBytes } from './recovery-key';
import { assertUsablePassphrase } from './vault';
import type { JournalDocument } from '../../shared/domain';

/*
 * A copy of the journal sealed under its own passphrase (an export): the vault format exactly,
 * so it opens as a journal too, with a data key, salts and IVs of its own. Nothing is shared with
 * the journal it came from: knowing one passphrase opens only its own file.
 *
 * The format has two key slots, passphrase and recovery key. A copy's recovery slot wraps its
 * key under 160 random bits that are wiped at once and never shown: a slot nobody can open,
 * kept only so the file stays a plain vault file that every reader of the format accepts.
 */

/** Seals the document's JSON text under `passphrase`: the file's bytes, in order. */
export async function sealJournalCopy(
  documentText: string,
  passphrase: string,
  kdf: ScryptParams = STANDARD_SCRYPT,
): Promise<Buffer[]> {
  assertUsablePassphrase(passphrase);
  const dataKey = newDataKey();
  const unused = generateRecoveryKeyBytes();
  try {
    const header: VaultHeader = {
      cipher: 'aes-256-gcm',
      keySlots: [
        await passphraseSlot(dataKey, passphrase, kdf),
        await recoverySlot(dataKey, unused),
      ],
    };
    return sealDocumentText(dataKey, encodeHeader(header), documentText).chunks;
  } finally {
    dataKey.fill(0);
    unused.fill(0);
  }
}

/** True when the bytes start as a vault file does (they may still be damaged or foreign). */
export function looksSealed(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.equals(bytes.subarray(0, MAGIC.length));
}

/**
 * Opens a sealed copy (or any vault file) in memory with its passphrase: decrypted, migrated and
 * validated. Throws VaultError: WRONG_SECRET, CORRUPT or UNSUPPORTED_VERSION. Writes nothing.
 */
export async function openJournalCopy(bytes: Buffer, passphrase: string): Promise<JournalDocument> {
  const container = parseContainer(bytes);
  const dataKey = await unlockDataKey(container.header, { passphrase });
  try {
    return decodeDocument(openDocumentText(dataKey, container));
  } finally {
    dataKey.fill(0);
  }
}
