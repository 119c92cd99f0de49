import type { BrowserContext, Frame, Page, Request, Route } from '@playwright/test';
import { allowsNavigation } from '../../../electron/security-policy';
import type { NavigationAttempt } from '../../../electron/security-policy';

/** Something main refused the page; a spec that provokes one takes it, any other fails the test. */
export type Refusal = NavigationAttempt;

/**
 * Main's navigation rules (electron/security.ts), applied in browser mode from the same pure
 * function, `allowsNavigation`, and refused the way Electron refuses them.
 *
 * Electron asks only about what the page starts: main's own loadURL and reload never reach
 * will-navigate. The guard tells the two apart the same way, twice over:
 * - Chromium reports every navigation the renderer starts (a link, a form, `location.*`, a reload
 *   from script) as CDP's Page.frameRequestedNavigation, before its document is requested, and
 *   never the harness's own page.goto or page.reload. Such a request is refused.
 * - A document request for the page is let through only while the harness has a navigation of its
 *   own in flight (`own`), so one the event did not announce is refused too.
 * A refused navigation is aborted with ERR_ABORTED, which Chromium ends without an error page: the
 * page stays as it was, document and JavaScript state, exactly as after will-navigate's
 * preventDefault. A new window (window.open, a link with a target) is announced as Page.windowOpen;
 * its document request is aborted and the window closed, as setWindowOpenHandler's deny would
 * never have opened it. Same-document moves (#fragment) request nothing and are let be, as in
 * Electron.
 */
export class NavigationGuard {
  private readonly refusals: Refusal[] = [];
  private readonly refusedRequests = new WeakSet<Request>();
  /** Documents the page asked for itself, without #fragment, not yet requested. */
  private announced: string[] = [];
  private ownInFlight = 0;
  private page: Page | undefined;

  /** Installs the guard on the page the harness drives, before its first load. */
  async watch(context: BrowserContext, page: Page): Promise<void> {
    this.page = page;
    const cdp = await context.newCDPSession(page);
    cdp.on('Page.frameRequestedNavigation', ({ url, disposition }) => {
      if (disposition === 'currentTab') this.announced.push(withoutFragment(url));
    });
    cdp.on('Page.windowOpen', ({ url }) => {
      const attempt: Refusal = { kind: 'open-window', url };
      if (!allowsNavigation(attempt)) this.refusals.push(attempt);
    });
    await cdp.send('Page.enable');
    context.on('page', (other) => {
      if (other !== page) void other.close();
    });
  }

  /** Runs one of the harness's own navigations (main's loadURL or reload), which no rule covers. */
  async own<T>(navigate: () => Promise<T>): Promise<T> {
    this.ownInFlight += 1;
    try {
      return await navigate();
    } finally {
      this.ownInFlight -= 1;
      // Whatever the page announced and did not request by now is refused anyway from here on.
      if (this.ownInFlight === 0) this.announced = [];
    }
  }

  /** Refuses a document request main would not let happen; true when it did. */
  async refuses(route: Route): Promise<boolean> {
    const request = route.request();
    if (!request.isNavigationRequest()) return false;
    const frame = frameOf(request);
    const inNewWindow = !frame || frame.page() !== this.page;
    // Subframes: the Content-Security-Policy (frame-src 'none') stops them before any request.
    if (!inNewWindow && frame !== this.page?.mainFrame()) return false;
    const url = request.url();
    const redirect = request.redirectedFrom() !== null;
    if (!inNewWindow && !redirect && !this.startedByPage(url)) return false;
    const attempt: Refusal = {
      kind: inNewWindow ? 'open-window' : redirect ? 'redirect' : 'navigate',
      url,
    };
    if (allowsNavigation(attempt)) return false;
    // A new window was recorded once already, when Page.windowOpen announced it.
    if (!inNewWindow) this.refusals.push(attempt);
    this.refusedRequests.add(request);
    await route.abort('aborted');
    return true;
  }

  /** Whether the page started this document request itself, rather than the harness. */
  private startedByPage(url: string): boolean {
    const index = this.announced.indexOf(withoutFragment(url));
    if (index < 0) return this.ownInFlight === 0;
    this.announced.splice(index, 1);
    return true;
  }

  /** True for a request main refused before it left: it never reached a network. */
  refused(request: Request): boolean {
    return this.refusedRequests.has(request);
  }

  /** Returns the refusals so far and forgets them. */
  take(): Refusal[] {
    return this.refusals.splice(0);
  }
}

function frameOf(request: Request): Frame | null {
  try {
    return request.frame();
  } catch {
    // Playwright has no frame for a request that creates one: a new window's first document.
    return null;
  }
}

function withoutFragment(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}
