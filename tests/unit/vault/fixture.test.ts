import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDARD_SCRYPT, createVault, inspectVault, openVault } from '../../../electron/vault';
import { parseJournalDocument } from '../../../shared/domain';
import { tempDir } from './helpers';

const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/vault-v1');

interface Secrets {
  passphrase: string;
  recoveryKey: string;
  expected: unknown;
}

async function fixtureCopy(): Promise<{ file: string; secrets: Secrets }> {
  const secrets = JSON.parse(await readFile(join(FIXTURE_DIR, 'secrets.json'), 'utf8')) as Secrets;
  // Opening writes a backup and a lock beside the vault: never do that in the repository.
  const file = join(await tempDir(), 'journal.vault');
  await copyFile(join(FIXTURE_DIR, 'journal.vault'), file);
  return { file, secrets };
}

describe('the known-answer fixture (format v1, kept forever)', () => {
  it('uses the standard key-derivation parameters', async () => {
    const facts = await inspectVault(join(FIXTURE_DIR, 'journal.vault'));
    expect(facts.formatVersion).toBe(1);
    expect(facts.kdf).toEqual({ name: 'scrypt', ...STANDARD_SCRYPT });
  });

  // The fixture holds a schema v1 document; it opens migrated to this build's schema.
  it('opens with its passphrase typed in NFC (it was set in NFD) and holds the known content', async () => {
    const { file, secrets } = await fixtureCopy();
    expect(secrets.passphrase.normalize('NFC')).not.toBe(secrets.passphrase);
    const vault = await openVault(file, { passphrase: secrets.passphrase.normalize('NFC') });
    expect(vault.data).toEqual(parseJournalDocument(secrets.expected));
    await vault.close();
  });

  it('opens with its recovery key and holds the same content', async () => {
    const { file, secrets } = await fixtureCopy();
    const vault = await openVault(file, { recoveryKey: secrets.recoveryKey });
    expect(vault.data).toEqual(parseJournalDocument(secrets.expected));
    await vault.close();
  });
});

describe('the app create path', () => {
  it('writes the standard scrypt parameters and a 32-byte salt when no test option is given', async () => {
    const file = join(await tempDir(), 'journal.vault');
    const { vault } = await createVault(file, 'a long enough passphrase');
    await vault.close();
    const facts = await inspectVault(file);
    expect(facts.kdf).toEqual({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(facts.saltBytes).toBe(32);
    expect(facts.unlockMethods).toEqual(['passphrase', 'recovery-key']);
  });
});
