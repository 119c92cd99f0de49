import { sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalSession, LOCK_GRACE_MS } from '../../../electron/services/vault/journal-session';
import { nodeFs } from '../../../electron/vault/fs-layer';
import type { VaultFs } from '../../../electron/vault/fs-layer';
import { CHEAP_KDF } from '../../support/kdf';
import { recordingPlatform } from '../../support/platform';
import type { RecordingPlatform } from '../../support/platform';
import { tempDir } from '../../support/temp-dirs';
import { errnoError, faultyFs } from '../vault/helpers';
import type { FaultyFs } from '../vault/helpers';

const PASSPHRASE = 'quiet lake under morning fog';
/** Real disk work inside: generous on a loaded machine. */
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 10_000 });
const RETRY_MS = 40;

let host: RecordingPlatform;
let fs: FaultyFs;

async function openSession(vaultFs: VaultFs = fs): Promise<JournalSession> {
  const session = new JournalSession(host.platform, {
    vault: { kdf: CHEAP_KDF, fs: vaultFs },
    retrySaveMs: RETRY_MS,
  });
  await session.create(PASSPHRASE);
  return session;
}

const setMinutes = (minutes: number) => (doc: { settings: { autoLockMinutes: number } }) => {
  doc.settings.autoLockMinutes = minutes;
};
const saveStates = () => host.events.filter(([name]) => name === 'vault:saveState');

async function reopenedMinutes(session: JournalSession): Promise<number> {
  const again = new JournalSession(host.platform, { vault: { kdf: CHEAP_KDF } });
  await again.unlock({ passphrase: PASSPHRASE });
  const minutes = again.read((doc) => doc.settings.autoLockMinutes);
  await again.lock('manual');
  expect(again.file).toBe(session.file);
  return minutes;
}

beforeEach(async () => {
  host = recordingPlatform(await tempDir('bs-saves-'));
  fs = faultyFs();
});

describe('when the disk refuses a save', () => {
  it('keeps the change in memory, says "failing", retries after the delay and says "saved" once the disk accepts', async () => {
    const session = await openSession();
    fs.arm('rename', 'ENOSPC');
    await session.change(setMinutes(42));
    expect(session.read((doc) => doc.settings.autoLockMinutes)).toBe(42);
    expect(session.unsaved).toBe(true);
    expect(saveStates()).toEqual([
      [
        'vault:saveState',
        {
          status: 'failing',
          error: { code: 'IO', message: expect.stringMatching(/disk is full/) },
        },
      ],
    ]);
    expect(await session.status()).toMatchObject({
      state: 'unlocked',
      save: { status: 'failing' },
    });

    // Retried on its own, still refused, so still failing (and said only once).
    const renames = () => fs.steps.filter((step) => step === 'rename').length;
    const before = renames();
    await eventually(() => expect(renames()).toBeGreaterThan(before + 1));
    expect(saveStates()).toHaveLength(1);

    fs.disarm();
    await eventually(() =>
      expect(saveStates().at(-1)).toEqual(['vault:saveState', { status: 'saved' }]),
    );
    expect(session.unsaved).toBe(false);
    await session.lock('manual');
    expect(await reopenedMinutes(session)).toBe(42);
  });

  it('refuses a manual lock with IO while saves fail, unless forced', async () => {
    const session = await openSession();
    fs.arm('fsync', 'EIO');
    await session.change(setMinutes(42));
    await expect(session.lock('manual')).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringMatching(/not saved yet/),
    });
    expect(await session.status()).toMatchObject({ state: 'unlocked' });
    expect(host.events.map(([name]) => name)).not.toContain('app:locked');

    await session.lock('manual', { force: true });
    expect(host.events).toContainEqual(['app:locked', { reason: 'manual' }]);
    expect(await session.status()).toEqual({ state: 'locked' });
  });
});

describe('auto-lock while saves fail', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('is postponed (the page is told), keeps the journal open, and locks once the change is saved', async () => {
    const session = await openSession();
    const minutes = session.read((doc) => doc.settings.autoLockMinutes);
    fs.arm('write', 'ENOSPC');
    await session.change(setMinutes(minutes));
    await session.change((doc) => {
      doc.prompts.push({
        id: 'p1',
        text: 'What stayed with me?',
        createdAt: new Date(0).toISOString(),
      });
    });
    expect(session.unsaved).toBe(true);

    await vi.advanceTimersByTimeAsync(minutes * 60_000);
    expect(host.events).toContainEqual(['app:lockRequested', { reason: 'idle' }]);
    // The page does not answer; after the grace period the lock is tried and refused.
    await vi.advanceTimersByTimeAsync(LOCK_GRACE_MS);
    await eventually(() =>
      expect(host.events).toContainEqual(['vault:lockPostponed', { reason: 'idle' }]),
    );
    expect(await session.status()).toMatchObject({ state: 'unlocked' });
    expect(host.events.map(([name]) => name)).not.toContain('app:locked');

    fs.disarm();
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    await eventually(() => expect(session.unsaved).toBe(false));
    await vi.advanceTimersByTimeAsync(minutes * 60_000 + LOCK_GRACE_MS);
    await eventually(() => expect(host.events).toContainEqual(['app:locked', { reason: 'idle' }]));
    expect(await session.status()).toEqual({ state: 'locked' });
  });
});

describe('a lock main asks for while the page cannot write what is typed', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('waits when the page holds it: the journal stays open past the grace period, and says so', async () => {
    const session = await openSession(nodeFs);
    host.systemLock('screen-lock');
    expect(host.events).toContainEqual(['app:lockRequested', { reason: 'screen-lock' }]);
    session.holdLock('The text is longer than 1,000,000 characters; shorten it to save it.');
    await eventually(() =>
      expect(host.events).toContainEqual(['vault:lockPostponed', { reason: 'screen-lock' }]),
    );
    await vi.advanceTimersByTimeAsync(LOCK_GRACE_MS * 2);
    expect(await session.status()).toMatchObject({ state: 'unlocked' });
    expect(host.events.map(([name]) => name)).not.toContain('app:locked');
  });

  it('a quit that the page holds is refused with why, so the person is asked', async () => {
    const session = await openSession(nodeFs);
    const quitting = session.requestLock('manual');
    session.holdLock('What you just wrote could not be saved.');
    await expect(quitting).rejects.toMatchObject({ code: 'IO' });
    expect(await session.status()).toMatchObject({ state: 'unlocked' });
  });
});

describe('checking for the journal', () => {
  const statFailing = (code: string): VaultFs => ({
    ...nodeFs,
    stat: () => Promise.reject(errnoError(code)),
  });

  it('says "absent" only when there is no journal file', async () => {
    const session = new JournalSession(host.platform, { vault: { fs: statFailing('ENOENT') } });
    expect(await session.status()).toEqual({ state: 'absent' });
  });

  for (const [code, words] of [
    ['EACCES', /not allowed.*permissions/],
    ['EPERM', /not allowed.*permissions/],
    ['EIO', /could not be read.*disk/],
  ] as const) {
    it(`reports ${code} as an IO error a person can act on, never as "absent"`, async () => {
      const session = new JournalSession(host.platform, { vault: { fs: statFailing(code) } });
      await expect(session.status()).rejects.toMatchObject({
        code: 'IO',
        message: expect.stringMatching(words),
      });
    });
  }
});

describe('the backup status', () => {
  it('gives the date of the newest backup', async () => {
    const session = await openSession(nodeFs);
    await session.lock('manual');
    await session.unlock({ passphrase: PASSPHRASE });
    const [newest] = await session.backups();
    expect(await session.backupStatus()).toEqual({ lastBackupDay: newest!.day });
    await session.lock('manual');
  });

  it('shows why the automatic backup failed instead of swallowing it', async () => {
    const backupsRefused: VaultFs = {
      ...nodeFs,
      open: (path, flags, mode) =>
        path.includes(`${sep}backups${sep}`)
          ? Promise.reject(errnoError('ENOSPC'))
          : nodeFs.open(path, flags, mode),
    };
    const session = await openSession(backupsRefused);
    await session.lock('manual');
    await session.unlock({ passphrase: PASSPHRASE });
    expect(await session.backupStatus()).toEqual({
      error: { code: 'IO', message: expect.stringMatching(/backup could not be made/) },
    });
    await session.lock('manual');
  });
});
