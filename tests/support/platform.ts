import type { Platform } from '../../electron/platform';
import type { EventName, LockReason } from '../../shared/contract';

type SystemLockReason = Extract<LockReason, 'suspend' | 'screen-lock'>;

/** A platform for services run in plain Node: no window, no browser, no system events. */
export function testPlatform(dataDir: string, overrides: Partial<Platform> = {}): Platform {
  return {
    dataDir,
    info: () => ({ name: 'Between Sessions', version: '0.0.0', runtime: 'browser-harness' }),
    notify: () => undefined,
    reloadPage: () => undefined,
    openExternal: async () => undefined,
    confirmOpenExternal: async () => false,
    screenLockDetection: async () => false,
    onSystemLock: () => undefined,
    chooseOpenPath: async () => undefined,
    printPage: async () => undefined,
    // The smallest bytes that say what they are; services only pass them on.
    pagePdf: async () => Buffer.from('%PDF-1.7\n%%EOF\n'),
    // As an unanswered dialog: cancelled.
    chooseSavePath: async () => null,
    ...overrides,
  };
}

/** A test platform that records what is sent to the page and can play the system locking. */
export interface RecordingPlatform {
  platform: Platform;
  /** Every event sent to the page, in order. */
  events: Array<[EventName, unknown]>;
  /** One item per page reload main asked for: the last event the page had been sent by then. */
  reloads: Array<EventName | undefined>;
  /** The computer sleeps or its screen locks. */
  systemLock(reason: SystemLockReason): void;
}

export function recordingPlatform(dataDir: string): RecordingPlatform {
  const events: Array<[EventName, unknown]> = [];
  const listeners: Array<(reason: SystemLockReason) => void> = [];
  const reloads: Array<EventName | undefined> = [];
  return {
    events,
    reloads,
    systemLock: (reason) => listeners.forEach((listener) => listener(reason)),
    platform: testPlatform(dataDir, {
      notify: (event, payload) => void events.push([event, payload]),
      reloadPage: () => void reloads.push(events.at(-1)?.[0]),
      onSystemLock: (listener) => void listeners.push(listener),
    }),
  };
}
