import { Message, MessageType, sessionBus } from '@jellybrick/dbus-next';
import type { MessageBus } from '@jellybrick/dbus-next';

/**
 * Screen lock on Linux, where Electron's `lock-screen` event does not exist: the desktop's
 * screensaver announces `ActiveChanged(true)` on the session bus when the screen locks
 * (org.freedesktop.ScreenSaver: KDE, Xfce, Cinnamon, MATE…; org.gnome.ScreenSaver: GNOME).
 * Plain Node, no Electron import, so it is tested against a private dbus-daemon.
 */
export const SCREENSAVER_INTERFACES = ['org.freedesktop.ScreenSaver', 'org.gnome.ScreenSaver'];

export interface ScreenLockWatch {
  /** False when no session bus or no screensaver on it: the app cannot know the screen locked. */
  available: boolean;
  stop(): void;
}

const unavailable: ScreenLockWatch = { available: false, stop: () => {} };

/** True for the signal a screensaver sends when it starts (the screen locks). */
export function isScreenLockSignal(message: {
  type: number;
  interface?: string | undefined;
  member?: string | undefined;
  body?: unknown[];
}): boolean {
  return (
    message.type === MessageType.SIGNAL &&
    SCREENSAVER_INTERFACES.includes(message.interface ?? '') &&
    message.member === 'ActiveChanged' &&
    message.body?.[0] === true
  );
}

function busCall(bus: MessageBus, member: string, signature: string, body: unknown[]) {
  return bus.call(
    new Message({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member,
      signature,
      body,
    }),
  );
}

/**
 * Calls `onLock` whenever the screen locks. Resolves within `timeoutMs` with whether that can be
 * known here; never throws (no bus, a refused connection and no screensaver all mean unavailable).
 */
export async function watchScreenLock(
  onLock: () => void,
  options: { busAddress?: string; timeoutMs?: number } = {},
): Promise<ScreenLockWatch> {
  const busAddress = options.busAddress ?? process.env.DBUS_SESSION_BUS_ADDRESS;
  if (!busAddress) return unavailable;
  let bus: MessageBus | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    try {
      bus?.disconnect();
    } catch {
      // Already gone.
    }
  };
  const attempt = (async (): Promise<ScreenLockWatch> => {
    bus = sessionBus({ busAddress });
    // A dropped connection must not crash the main process; locking on idle and sleep goes on.
    (bus as unknown as NodeJS.EventEmitter).on('error', () => {});
    let present = false;
    for (const name of SCREENSAVER_INTERFACES) {
      const reply = await busCall(bus, 'NameHasOwner', 's', [name]);
      present ||= reply?.body[0] === true;
    }
    if (!present) {
      stop();
      return unavailable;
    }
    for (const name of SCREENSAVER_INTERFACES) {
      await busCall(bus, 'AddMatch', 's', [
        `type='signal',interface='${name}',member='ActiveChanged'`,
      ]);
    }
    bus.on('message', (message) => {
      if (!stopped && isScreenLockSignal(message)) onLock();
    });
    return { available: true, stop };
  })();
  const timeout = new Promise<ScreenLockWatch>((resolve) =>
    setTimeout(() => resolve(unavailable), options.timeoutMs ?? 3_000).unref(),
  );
  const result = await Promise.race([attempt.catch(() => unavailable), timeout]);
  if (!result.available) stop();
  return result;
}
