/**
 * Locks the journal after a stretch without activity. Plain timers, so it runs the same in the
 * Electron app, the e2e harness and unit tests (with fake timers).
 */
export class IdleTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private minutes = 0;

  constructor(private readonly onIdle: () => void) {}

  /** (Re)starts the countdown; `minutes` comes from the journal's settings. */
  start(minutes: number): void {
    this.minutes = minutes;
    this.touch();
  }

  touch(): void {
    if (this.minutes <= 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onIdle();
    }, this.minutes * 60_000);
    // A pending auto-lock must not keep a test process or a quitting app alive.
    (this.timer as { unref?: () => void }).unref?.();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.minutes = 0;
  }
}
