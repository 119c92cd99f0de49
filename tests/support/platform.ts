import type { Platform } from '../../electron/platform';
import type { EventName, LockReason } from '../../shared/contract';

type SystemLockReason = Extract<LockReason, 'suspend' | 'screen-lock'>;

/** A platform for services run in plain Node: no window, no browser, no system events. */
export function testPlatform(dataDir: string, overrides: Partial<Platform> = {}): Platform {
  return {
    dataDir,
    info: () => ({ name: 'Between Sessions', version: '0.0.0', runtime: 'browser-harness' }),
    notify: () => undefined,
    openExternal: async () => undefined,
    onSystemLock: () => undefined,
    ...overrides,
  };
}

/** A test platform that records what is sent to the page and can play the system locking. */
export interface RecordingPlatform {
  platform: Platform;
  /** Every event sent to the page, in order. */
  events: Array<[EventName, unknown]>;
  /** The computer sleeps or its screen locks. */
  systemLock(reason: SystemLockReason): void;
}

export function recordingPlatform(dataDir: string): RecordingPlatform {
  const events: Array<[EventName, unknown]> = [];
  const listeners: Array<(reason: SystemLockReason) => void> = [];
  return {
    events,
    systemLock: (reason) => listeners.forEach((listener) => listener(reason)),
    platform: testPlatform(dataDir, {
      notify: (event, payload) => void events.push([event, payload]),
      onSystemLock: (listener) => void listeners.push(listener),
    }),
  };
}
