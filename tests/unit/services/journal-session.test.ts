import { readFile, readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inspectVault, STANDARD_SCRYPT } from '../../../electron/vault';
import { IdleTimer } from '../../../electron/services/vault/auto-lock';
import { JournalSession, LOCK_GRACE_MS } from '../../../electron/services/vault/journal-session';
import { recordingPlatform } from '../../support/platform';
import type { RecordingPlatform } from '../../support/platform';
import { tempDir } from '../../support/temp-dirs';

let dir: string;
let host: RecordingPlatform;
let events: RecordingPlatform['events'];
/** One item per page reload main asked for: the last event the page had been sent by then. */
let reloads: RecordingPlatform['reloads'];
const platform = () => host.platform;
const systemLock = (reason: 'suspend' | 'screen-lock') => host.systemLock(reason);

beforeEach(async () => {
  dir = await tempDir('bs-session-');
  host = recordingPlatform(dir);
  events = host.events;
  reloads = host.reloads;
});

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
    systemLock('suspend');
    expect(events).toContainEqual(['app:lockRequested', { reason: 'suspend' }]);
    expect(events.map(([name]) => name)).not.toContain('app:locked');
    // What the page does once it has written what was being typed:
    await session.lock('suspend');
    expect(events).toContainEqual(['app:locked', { reason: 'suspend' }]);
    expect(await session.status()).toEqual({ state: 'locked' });
  });

  it('reloads the page itself once locked, after telling it, and not before', async () => {
    const session = new JournalSession(platform());
    await session.create('quiet lake under morning fog');
    expect(reloads).toEqual([]);
    await session.lock('manual');
    expect(reloads).toEqual(['app:locked']);
    // Locking a journal that is already locked has nothing to clear.
    await session.lock('manual');
    expect(reloads).toHaveLength(1);
  });

  it('reloads the page after restoring a backup, once the file is in place', async () => {
    const session = new JournalSession(platform());
    await session.create('quiet lake under morning fog');
    await session.lock('manual');
    await session.unlock({ passphrase: 'quiet lake under morning fog' });
    const [backup] = await session.backups();
    reloads.length = 0;
    await session.restore(backup!.id);
    // Once for the lock, once after the restore: the page that came up between is replaced too.
    expect(reloads).toEqual(['app:locked', 'app:locked']);
  });

  it('locks on system sleep within the grace period even if the page never answers', async () => {
    const session = new JournalSession(platform());
    await session.create('quiet lake under morning fog');
    systemLock('screen-lock');
    await vi.waitFor(
      () => expect(events).toContainEqual(['app:locked', { reason: 'screen-lock' }]),
      { timeout: LOCK_GRACE_MS + 2_000 },
    );
    expect(await session.status()).toEqual({ state: 'locked' });
  });
});

describe('keys and backups through the session', () => {
  const PASSPHRASE = 'quiet lake under morning fog';

  /** A journal with one backup holding `autoLockMinutes: 30`, locked. */
  async function lockedWithBackup() {
    const session = new JournalSession(platform());
    const { recoveryKey } = await session.create(PASSPHRASE);
    await session.change((doc) => void (doc.settings.autoLockMinutes = 30));
    await session.lock('manual');
    await session.unlock({ passphrase: PASSPHRASE });
    await session.change((doc) => void (doc.settings.autoLockMinutes = 45));
    await session.lock('manual');
    const [backup] = (await session.backups()).filter((b) => b.kind === 'daily');
    return { session, recoveryKey, backup: backup! };
  }

  it('refuses to restore a backup while locked without a secret, and with a wrong one; nothing changes', async () => {
    const { session, backup } = await lockedWithBackup();
    const file = session.file;
    const before = await readFile(file);
    await expect(session.restore(backup.id)).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(
      session.restore(backup.id, { passphrase: 'not the passphrase' }),
    ).rejects.toMatchObject({
      code: 'WRONG_SECRET',
    });
    expect((await readFile(file)).equals(before)).toBe(true);
    expect((await session.backups()).map((b) => b.kind)).not.toContain('pre-restore');
  });

  it('restores while locked with the passphrase or the recovery key of that backup', async () => {
    const { session, recoveryKey, backup } = await lockedWithBackup();
    await session.restore(backup.id, { passphrase: PASSPHRASE });
    await session.unlock({ passphrase: PASSPHRASE });
    expect(session.read((doc) => doc.settings.autoLockMinutes)).toBe(30);
    await session.lock('manual');
    await session.restore(backup.id, { recoveryKey });
    expect((await session.backups()).filter((b) => b.kind === 'pre-restore')).toHaveLength(2);
  });

  it('a new recovery key is returned once; the old one stops working; backups from before are counted and can be deleted', async () => {
    const { session, recoveryKey: oldKey } = await lockedWithBackup();
    await session.unlock({ passphrase: PASSPHRASE });
    await expect(session.regenerateRecoveryKey('wrong')).rejects.toMatchObject({
      code: 'WRONG_SECRET',
    });
    const { recoveryKey, earlierBackups } = await session.regenerateRecoveryKey(PASSPHRASE);
    expect(recoveryKey).not.toBe(oldKey);
    expect(earlierBackups).toBe((await session.backups()).length);
    expect(await session.deleteEarlierBackups()).toEqual({ deleted: earlierBackups });
    await session.lock('manual');
    await expect(session.unlock({ recoveryKey: oldKey })).rejects.toMatchObject({
      code: 'WRONG_SECRET',
    });
    expect(await session.unlock({ recoveryKey })).toMatchObject({ state: 'unlocked' });
    await session.lock('manual');
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
