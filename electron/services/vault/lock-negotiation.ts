import type { LockReason } from '../../../shared/contract';

/** How long the page gets to write what is being typed before a requested lock goes ahead. */
export const LOCK_GRACE_MS = 3_000;

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The main process asking the page to lock: the page is told (`app:lockRequested`), writes what
 * is being typed and calls vault:lock; if it does not within LOCK_GRACE_MS, the lock goes ahead
 * anyway. Every caller waiting on the request hears how the lock that settled it went.
 */
export class LockNegotiation {
  private pending: {
    timer: ReturnType<typeof setTimeout>;
    waiters: Waiter[];
  } | null = null;

  constructor(
    /** Tells the page a lock is wanted. */
    private readonly ask: (reason: LockReason) => void,
    /** Locks without the page (the grace period is over). */
    private readonly lockNow: (reason: LockReason) => Promise<void>,
    private readonly graceMs = LOCK_GRACE_MS,
  ) {}

  /** Resolves once locked; rejects with why the lock was refused (the latest change unsaved). */
  request(reason: LockReason): Promise<void> {
    return new Promise((resolve, reject) => {
      if (!this.pending) {
        const timer = setTimeout(() => {
          void this.lockNow(reason).catch(() => undefined);
        }, this.graceMs);
        // A pending lock must not keep a test process or a quitting app alive.
        (timer as { unref?: () => void }).unref?.();
        this.pending = { timer, waiters: [] };
        this.ask(reason);
      }
      this.pending.waiters.push({ resolve, reject });
    });
  }

  /** Called by every lock attempt: settles a pending request with its outcome. */
  settle(error: unknown): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    for (const waiter of pending.waiters) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }
}
