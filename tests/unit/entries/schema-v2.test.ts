import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../../electron/vault';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain';
import type { JournalDocument } from '../../../shared/domain';
import { tempDir } from '../../support/temp-dirs';

const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/vault-v1');

async function fixtureCopy(): Promise<{ file: string; recoveryKey: string; expected: unknown }> {
  const secrets = JSON.parse(await readFile(join(FIXTURE_DIR, 'secrets.json'), 'utf8')) as {
    recoveryKey: string;
    expected: unknown;
  };
  const dir = await tempDir('bs-schema-');
  const file = join(dir, 'journal.vault');
  // Opening writes a backup and a lock beside the vault: never in the repository.
  await copyFile(join(FIXTURE_DIR, 'journal.vault'), file);
  return { file, recoveryKey: secrets.recoveryKey, expected: secrets.expected };
}

describe('the schema v1 known-answer journal under schema v2', () => {
  it('opens migrated to v2 with an empty list of prompts and every v1 record unchanged', async () => {
    const { file, recoveryKey, expected } = await fixtureCopy();
    const v1 = expected as Omit<JournalDocument, 'schemaVersion' | 'prompts'> & {
      schemaVersion: number;
    };
    expect(v1.schemaVersion).toBe(1);
    const vault = await openVault(file, { recoveryKey });
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    expect(vault.data.schemaVersion).toBe(2);
    expect(vault.data.prompts).toEqual([]);
    expect(vault.data).toEqual({ ...v1, schemaVersion: 2, prompts: [] });
    await vault.close();
  });

  it('is written back at v2 after its first change, and reopens with the change', async () => {
    const { file, recoveryKey } = await fixtureCopy();
    const vault = await openVault(file, { recoveryKey });
    await vault.update((doc) => {
      doc.prompts.push({
        id: 'p1',
        text: 'What did I not say?',
        createdAt: '2024-03-07T08:00:00.000Z',
      });
      doc.entries[0]!.deletedAt = '2024-03-07T08:00:00.000Z';
    });
    await vault.close();
    const reopened = await openVault(file, { recoveryKey });
    expect(reopened.data.schemaVersion).toBe(2);
    expect(reopened.data.prompts.map((p) => p.text)).toEqual(['What did I not say?']);
    expect(reopened.data.entries[0]!.deletedAt).toBe('2024-03-07T08:00:00.000Z');
    await reopened.close();
  });
});
