import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../../shared/contract';
import { inspectVault, STANDARD_SCRYPT } from '../../../electron/vault';
import { IdleTimer } from '../../../electron/services/vault/auto-lock';
import { JournalSession, LOCK_GRACE_MS } from '../../../electron/services/vault/journal-session';
import type { Platform } from '../../../electron/platform';

let dir: string;
let events: Array<[EventName, unknown]>;
let systemLock: ((reason: 'suspend' | 'screen-lock') => void) | undefined;

function platform(): Platform {
  return {
    dataDir: dir,
    info: () => ({ name: 'Between Sessions', version: '0.0.0', runtime: 'browser-harness' }),
    notify: (event, payload) => events.push([event, payload]),
    openExternal: async () => {},
    confirmOpenExternal: async () => false,
    screenLockDetection: async () => false,
    onSystemLock: (listener) => (systemLock = listener),
  };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bs-session-'));
  events = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the journal session', () => {
  it('creates journals with the standard scrypt parameters, never cheaper ones', async () => {
    const session = new JournalSession(platform());
    await session.create('quiet lake under morning fog');
    const facts = await inspectVault(session.file);
    expect(facts.kdf).toMatchObject({ name: 'scrypt', ...STANDARD_SCRYPT });
    await session.lock('manual');
  });

  it('refuses a weak passphrase itself, whatever the page allowed, and writes nothing', async () => {
    const session = new JournalSession(platform());
    await expect(session.create('password1')).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await readdir(dir)).toEqual([]);
    expect(await session.status()).toEqual({ state: 'absent' });
  });

  it('refuses to read or change a locked journal', async () => {
    const session = new JournalSession(platform());
    expect(() => session.read((doc) => doc.settings)).toThrow(/locked/);
    await expect(session.change(() => undefined)).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('on system sleep, asks the page to save, then locks when the page does', async () => {
    const session = new JournalSession(platform());
    await session.create('quiet lake under morning fog');
    systemLock!('suspend');
    expect(events).toContainEqual(['app:lockRequested', { reason: 'suspend' }]);
    expect(events.map(([name]) => name)).not.toContain('app:locked');
    // What the page does once it has written what was being typed:
    await session.lock('suspend');
    expect(events).toContainEqual(['app:locked', { reason: 'suspend' }]);
    expect(await session.status()).toEqual({ state: 'locked' });
  });

  it('locks on system sleep within the grace period even if the page never answers', async () => {
    const session = new JournalSession(platform());
    await session.create('quiet lake under morning fog');
    systemLock!('screen-lock');
    await vi.waitFor(
      () => expect(events).toContainEqual(['app:locked', { reason: 'screen-lock' }]),
      { timeout: LOCK_GRACE_MS + 2_000 },
    );
    expect(await session.status()).toEqual({ state: 'locked' });
  });
});

describe('the idle timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires after the chosen minutes without activity, and activity postpones it', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(onIdle);
    timer.start(5);
    vi.advanceTimersByTime(4 * 60_000);
    timer.touch();
    vi.advanceTimersByTime(4 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('never fires once stopped', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(onIdle);
    timer.start(1);
    timer.stop();
    timer.touch();
    vi.advanceTimersByTime(10 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
