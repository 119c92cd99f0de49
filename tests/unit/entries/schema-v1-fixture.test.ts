import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../../electron/vault';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain';
import type { JournalDocument } from '../../../shared/domain';
import { bandOf } from '../../../shared/therapy/instruments';
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

describe('the schema v1 known-answer journal under the current schema', () => {
  it('opens migrated step by step: an empty list of prompts (v2), banded check-ins and the six-section safety plan (v3), every other v1 record unchanged', async () => {
    const { file, recoveryKey, expected } = await fixtureCopy();
    const v1 = expected as Omit<JournalDocument, 'schemaVersion' | 'prompts'> & {
      schemaVersion: number;
    };
    expect(v1.schemaVersion).toBe(1);
    const vault = await openVault(file, { recoveryKey });
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
    expect(vault.data.schemaVersion).toBe(4);
    expect(vault.data.prompts).toEqual([]);
    const { checkIns, settings, ...rest } = vault.data;
    const { checkIns: v1CheckIns, settings: v1Settings, ...v1Rest } = v1;
    expect(rest).toEqual({ ...v1Rest, schemaVersion: 4, prompts: [] });
    expect(checkIns).toEqual(
      v1CheckIns.map((c) => ({ ...c, band: bandOf(c.instrument, c.score) })),
    );
    const { safetyPlan, ...otherSettings } = settings;
    const { safetyPlan: v1Plan, ...v1OtherSettings } = v1Settings as unknown as {
      safetyPlan: { warningSigns: string[]; copingSteps: string[]; contacts: unknown[] };
    };
    const { reportDefaults, ...unchanged } = otherSettings;
    const { reportDefaults: v1Defaults, ...v1Unchanged } = v1OtherSettings as typeof otherSettings;
    expect(unchanged).toEqual(v1Unchanged);
    expect(reportDefaults.range).toBe(v1Defaults.range);
    expect(safetyPlan).toMatchObject({
      warningSigns: v1Plan.warningSigns.filter(Boolean),
      copingSteps: v1Plan.copingSteps.filter(Boolean),
      helpContacts: v1Plan.contacts,
    });
    await vault.close();
  });

  it('is written back at the current version after its first change, and reopens with the change', async () => {
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
    expect(reopened.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(reopened.data.prompts.map((p) => p.text)).toEqual(['What did I not say?']);
    expect(reopened.data.entries[0]!.deletedAt).toBe('2024-03-07T08:00:00.000Z');
    await reopened.close();
  });
});
