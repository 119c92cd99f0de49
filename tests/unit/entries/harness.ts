import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { dispatch } from '../../../electron/ipc';
import type { Handler, Handlers } from '../../../electron/ipc';
import type { Platform } from '../../../electron/platform';
import type { EntriesClock } from '../../../electron/services/entries/clock';
import { entriesDomains } from '../../../electron/services/entries/domain';
import { JournalSession, VAULT_FILE_NAME } from '../../../electron/services/vault/journal-session';
import { createVault } from '../../../electron/vault';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';

export const PASSPHRASE = 'a quiet harbour before the storm';
/** Cheap scrypt: the app never uses it, but unlocking reads the parameters from the file. */
const CHEAP_KDF = { N: 2 ** 10, r: 8, p: 1 };
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
  clock: TestClock;
  dir: string;
  /** Calls a channel through the real handler loop: schema parse, handler, Result. */
  call<K extends ChannelName>(
    name: K,
    ...input: InputOf<K> extends undefined ? [] : [InputOf<K>]
  ): Promise<OutputOf<K>>;
  lockAndUnlock(): Promise<void>;
}

const dirs: string[] = [];
afterEach(() => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

function platform(dataDir: string): Platform {
  return {
    dataDir,
    info: () => ({ name: 'Between Sessions', version: '0.0.0', runtime: 'browser-harness' }),
    notify: () => undefined,
    openExternal: async () => undefined,
    confirmOpenExternal: async () => false,
    screenLockDetection: async () => false,
    onSystemLock: () => undefined,
  };
}

/**
 * An unlocked journal over a fresh vault made with cheap key derivation, with the entries, tags
 * and prompts handlers wired to it exactly as createServices wires them.
 */
export async function openJournal(clock = new TestClock()): Promise<Journal> {
  const dir = await mkdtemp(join(tmpdir(), 'bs-entries-'));
  dirs.push(dir);
  const { vault } = await createVault(join(dir, VAULT_FILE_NAME), PASSPHRASE, { kdf: CHEAP_KDF });
  await vault.close();
  const session = new JournalSession(platform(dir));
  await session.unlock({ passphrase: PASSPHRASE });
  const handlers: Partial<Handlers> = {};
  for (const domain of entriesDomains(session, clock)) Object.assign(handlers, domain.handlers);
  const call = async <K extends ChannelName>(name: K, ...input: unknown[]) => {
    const handler = handlers[name] as Handler<K>;
    const result = await dispatch(name, handler, input[0]);
    if (!result.ok) throw new CallError(result.error.code, result.error.message);
    return result.value;
  };
  return {
    session,
    clock,
    dir,
    call: call as Journal['call'],
    async lockAndUnlock() {
      await session.lock('manual');
      await session.unlock({ passphrase: PASSPHRASE });
    },
  };
}
