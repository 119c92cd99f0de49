import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Message, MessageType, sessionBus } from '@jellybrick/dbus-next';
import type { MessageBus } from '@jellybrick/dbus-next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isScreenLockSignal, watchScreenLock } from '../../../electron/screen-lock-dbus';

// A private session bus for this file: the machine's own bus (if any) is never touched.
let daemon: ChildProcess;
let folder: string;
let address: string;
const buses: MessageBus[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'bs-dbus-'));
  daemon = spawn('dbus-daemon', [
    '--session',
    '--nofork',
    '--print-address',
    `--address=unix:path=${path.join(folder, 'bus')}`,
  ]);
  address = await new Promise<string>((resolve, reject) => {
    daemon.once('error', reject);
    daemon.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
});

afterAll(async () => {
  for (const bus of buses) bus.disconnect();
  daemon?.kill();
  await rm(folder, { recursive: true, force: true });
});

/** A stand-in screensaver on the private bus that can announce the screen locking. */
async function screensaver(name = 'org.freedesktop.ScreenSaver') {
  const bus = sessionBus({ busAddress: address });
  buses.push(bus);
  await bus.requestName(name, 0);
  return (active: boolean) =>
    bus.send(
      new Message({
        type: MessageType.SIGNAL,
        path: `/${name.replaceAll('.', '/')}`,
        interface: name,
        member: 'ActiveChanged',
        signature: 'b',
        body: [active],
      }),
    );
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 20));
};

describe('screen lock on Linux, over D-Bus', () => {
  it('is unavailable without a session bus, or with no screensaver on it', async () => {
    expect((await watchScreenLock(() => {}, { busAddress: '' })).available).toBe(false);
    const nowhere = `unix:path=${path.join(folder, 'missing')}`;
    expect((await watchScreenLock(() => {}, { busAddress: nowhere })).available).toBe(false);
    expect((await watchScreenLock(() => {}, { busAddress: address })).available).toBe(false);
  });

  it.each(['org.freedesktop.ScreenSaver', 'org.gnome.ScreenSaver'])(
    'locks when %s says the screen saver became active, and not when it ends',
    async (name) => {
      const announce = await screensaver(name);
      let locks = 0;
      const watch = await watchScreenLock(() => (locks += 1), { busAddress: address });
      expect(watch.available).toBe(true);
      announce(false);
      announce(true);
      await until(() => locks > 0);
      await new Promise((r) => setTimeout(r, 100));
      expect(locks).toBe(1);
      watch.stop();
      announce(true);
      await new Promise((r) => setTimeout(r, 100));
      expect(locks).toBe(1);
    },
  );

  it('recognises only the screensaver’s ActiveChanged(true)', () => {
    const signal = { type: MessageType.SIGNAL, interface: 'org.freedesktop.ScreenSaver' };
    expect(isScreenLockSignal({ ...signal, member: 'ActiveChanged', body: [true] })).toBe(true);
    expect(isScreenLockSignal({ ...signal, member: 'ActiveChanged', body: [false] })).toBe(false);
    expect(isScreenLockSignal({ ...signal, member: 'WakeUpScreen', body: [true] })).toBe(false);
    expect(
      isScreenLockSignal({
        ...signal,
        interface: 'org.example.Other',
        member: 'ActiveChanged',
        body: [true],
      }),
    ).toBe(false);
  });
});
