import { join } from 'node:path';
import { dispatch } from '../../../electron/ipc';
import type { Handler, Handlers } from '../../../electron/ipc';
import { checkInsDomain } from '../../../electron/services/check-ins/domain';
import type { EntriesClock } from '../../../electron/services/entries/clock';
import { entriesDomain } from '../../../electron/services/entries/domain';
import { EntriesService } from '../../../electron/services/entries/entries-service';
import { exportDomain } from '../../../electron/services/export/domain';
import { ExportService } from '../../../electron/services/export/export-service';
import { importDomain } from '../../../electron/services/import/domain';
import { ImportService } from '../../../electron/services/import/import-service';
import { insightsDomain } from '../../../electron/services/insights/domain';
import { InsightsService } from '../../../electron/services/insights/insights-service';
import { prepDomain } from '../../../electron/services/prep/domain';
import { printDomain } from '../../../electron/services/print/domain';
import { promptsDomain } from '../../../electron/services/prompts/domain';
import { reportDomain } from '../../../electron/services/report/domain';
import { safetyPlanDomain } from '../../../electron/services/safety-plan/domain';
import { settingsDomain } from '../../../electron/services/settings/domain';
import { tagsDomain } from '../../../electron/services/tags/domain';
import { JournalSession, VAULT_FILE_NAME } from '../../../electron/services/vault/journal-session';
import { createVault } from '../../../electron/vault';
import type { Platform } from '../../../electron/platform';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import { CHEAP_KDF } from '../../support/kdf';
import { testPlatform } from '../../support/platform';
import { tempDir } from '../../support/temp-dirs';

export const PASSPHRASE = 'a quiet harbour before the storm';
const DAY_MS = 24 * 60 * 60 * 1000;

export class TestClock implements EntriesClock {
  private ids = 0;
  constructor(private at = new Date('2024-05-01T09:00:00.000Z')) {}
  now = () => new Date(this.at);
  newId = () => `id-${++this.ids}`;
  advanceDays(days: number): void {
    this.at = new Date(this.at.getTime() + days * DAY_MS);
  }
  advanceMs(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

/** What a failed call returned across the handler loop. */
export class CallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Journal {
  session: JournalSession;
  /** The entries service behind the handlers (its search index, for the tests that need it). */
  entries: EntriesService;
  clock: TestClock;
  dir: string;
  /** Calls a channel through the real handler loop: schema parse, handler, Result. */
  call<K extends ChannelName>(
    name: K,
    ...input: InputOf<K> extends undefined ? [] : [InputOf<K>]
  ): Promise<OutputOf<K>>;
  lockAndUnlock(): Promise<void>;
}

/**
 * An unlocked journal over a fresh vault made with cheap key derivation, with the entries, tags,
 * prompts, insights, check-ins, safety-plan, report, prep, import and print handlers wired to it as createServices wires them.
 */
export async function openJournal(
  clock = new TestClock(),
  platformOverrides: Partial<Platform> = {},
): Promise<Journal> {
  const dir = await tempDir('bs-entries-');
  const { vault } = await createVault(join(dir, VAULT_FILE_NAME), PASSPHRASE, { kdf: CHEAP_KDF });
  await vault.close();
  const platform = testPlatform(dir, platformOverrides);
  const session = new JournalSession(platform);
  // Before the unlock, as in the app, so the index starts building as the journal opens.
  const entries = new EntriesService(session, clock);
  await session.unlock({ passphrase: PASSPHRASE });
  const handlers: Partial<Handlers> = {};
  const insights = new InsightsService(session, clock, (doc, entry) =>
    entries.search.follow(doc, (index) => index.put(entry)),
  );
  const imports = new ImportService(session, platform, clock, (doc, added) =>
    entries.search.follow(doc, (index) => added.forEach((entry) => index.put(entry))),
  );
  const domains = [
    importDomain(imports),
    exportDomain(new ExportService(session, platform, clock, CHEAP_KDF)),
    entriesDomain(entries),
    tagsDomain(session),
    promptsDomain(session, clock),
    insightsDomain(insights),
    checkInsDomain(session, clock),
    safetyPlanDomain(session),
    settingsDomain(session),
    reportDomain(session, clock),
    prepDomain(session, clock),
    printDomain(session, platform, clock),
  ];
  for (const domain of domains) Object.assign(handlers, domain.handlers);
  const call = async <K extends ChannelName>(name: K, ...input: unknown[]) => {
    const handler = handlers[name] as Handler<K>;
    const result = await dispatch(name, handler, input[0]);
    if (!result.ok) throw new CallError(result.error.code, result.error.message);
    return result.value;
  };
  return {
    session,
    entries,
    clock,
    dir,
    call: call as Journal['call'],
    async lockAndUnlock() {
      await session.lock('manual');
      await session.unlock({ passphrase: PASSPHRASE });
    },
  };
}
