import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORMAT_VERSION,
  STANDARD_SCRYPT,
  createVault,
  inspectVault,
  openVault,
} from '../../../electron/vault';
import { CURRENT_SCHEMA_VERSION, parseJournalDocument } from '../../../shared/domain';
import { tempDir } from './helpers';

const fixtureDir = (version: number) =>
  join(import.meta.dirname, `../../fixtures/vault-v${version}`);

interface Secrets {
  passphrase: string;
  recoveryKey: string;
  expected: unknown;
}

async function fixtureCopy(version: number): Promise<{ file: string; secrets: Secrets }> {
  const dir = fixtureDir(version);
  const secrets = JSON.parse(await readFile(join(dir, 'secrets.json'), 'utf8')) as Secrets;
  // Opening writes a backup and a lock beside the vault: never do that in the repository.
  const file = join(await tempDir(), 'journal.vault');
  await copyFile(join(dir, 'journal.vault'), file);
  return { file, secrets };
}

// Version 1: no padding. Version 2: the document padded to its size bucket.
for (const version of [1, 2]) {
  describe(`the known-answer fixture (format v${version}, kept forever)`, () => {
    it('uses the standard key-derivation parameters', async () => {
      const facts = await inspectVault(join(fixtureDir(version), 'journal.vault'));
      expect(facts.formatVersion).toBe(version);
      expect(facts.kdf).toEqual({ name: 'scrypt', ...STANDARD_SCRYPT });
    });

    // The fixtures hold documents of older schemas; they open migrated to this build's schema.
    it('opens with its passphrase typed in NFC (it was set in NFD) and holds the known content', async () => {
      const { file, secrets } = await fixtureCopy(version);
      expect(secrets.passphrase.normalize('NFC')).not.toBe(secrets.passphrase);
      const vault = await openVault(file, { passphrase: secrets.passphrase.normalize('NFC') });
      expect(vault.data).toEqual(parseJournalDocument(secrets.expected));
      await vault.close();
    });

    it('opens with its recovery key and holds the same content', async () => {
      const { file, secrets } = await fixtureCopy(version);
      const vault = await openVault(file, { recoveryKey: secrets.recoveryKey });
      expect(vault.data).toEqual(parseJournalDocument(secrets.expected));
      await vault.close();
    });
  });
}

describe('the schema version 2 fixture, opened by this build', () => {
  it('is migrated to version 3: its check-in gains its band, its safety plan the six sections', async () => {
    const { file, secrets } = await fixtureCopy(2);
    const vault = await openVault(file, { recoveryKey: secrets.recoveryKey });
    expect(vault.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(vault.data.checkIns).toEqual([
      {
        id: 'c1',
        date: '2024-03-06',
        instrument: 'GAD-7',
        answers: [1, 2, 1, 0, 1, 2, 1],
        score: 8,
        band: 'mild',
      },
    ]);
    expect(vault.data.settings.safetyPlan).toEqual({
      warningSigns: [],
      copingSteps: [],
      peopleAndPlaces: [],
      helpContacts: [],
      professionals: [],
      saferSurroundings: [],
      mostImportant: '',
    });
    // Every other record is as version 2 wrote it.
    const expected = secrets.expected as { entries: unknown; insights: unknown; sessions: unknown };
    expect(vault.data.entries).toEqual(expected.entries);
    expect(vault.data.insights).toEqual(expected.insights);
    expect(vault.data.sessions).toEqual(expected.sessions);
    await vault.close();
  });
});

describe('an older format version, once saved', () => {
  it('is written in the current version (padded) and still opens with the same secrets', async () => {
    const { file, secrets } = await fixtureCopy(1);
    const before = (await readFile(file)).length;
    const vault = await openVault(file, { recoveryKey: secrets.recoveryKey });
    await vault.update((doc) => void (doc.settings.autoLockMinutes = 20));
    await vault.close();
    const facts = await inspectVault(file);
    expect(facts.formatVersion).toBe(FORMAT_VERSION);
    expect(facts.sizeBytes).toBeGreaterThan(64 * 1024);
    expect(before).toBeLessThan(64 * 1024);
    const reopened = await openVault(file, { passphrase: secrets.passphrase });
    expect(reopened.data.settings.autoLockMinutes).toBe(20);
    await reopened.close();
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
