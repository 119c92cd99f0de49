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
 * - Chromium announces every navigation the renderer starts (a link, a form, `location.*`, a
 *   reload from script) with CDP's Page.frameRequestedNavigation, right before the
 *   Page.frameStartedNavigating of that navigation, and never the harness's own page.goto or
 *   page.reload. A new navigation replaces the one pending in the frame, so the document request
 *   belongs to the latest started one; if the page started it, it is refused.
 * - A document request for the page is let through only while the harness has a navigation of its
 *   own in flight (`own`), so one the events did not attribute to the page is refused too.
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
  /** The page's announced navigation in the main frame that has not started yet. */
  private requested: string | null = null;
  /** Whether the page started the main frame's latest cross-document navigation. */
  private pageStarted = false;
  private ownInFlight = 0;
  private page: Page | undefined;

  /** Installs the guard on the page the harness drives, before its first load. */
  async watch(context: BrowserContext, page: Page): Promise<void> {
    this.page = page;
    const cdp = await context.newCDPSession(page);
    const mainFrameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    cdp.on('Page.frameRequestedNavigation', ({ frameId, url, disposition }) => {
      if (frameId === mainFrameId && disposition === 'currentTab') this.requested = url;
    });
    cdp.on('Page.frameStartedNavigating', ({ frameId, url, navigationType }) => {
      if (frameId !== mainFrameId || sameDocument.has(navigationType)) return;
      this.pageStarted = this.requested === url;
      this.requested = null;
    });
    cdp.on('Page.windowOpen', ({ url }) => {
      const attempt: Refusal = { kind: 'open-window', url };
      if (!allowsNavigation(attempt)) this.refusals.push(attempt);
    });
    await cdp.send('Page.enable');
    // Only windows the app's page opened: a tool's own page in the context (axe opens one to
    // gather its results) is the harness's, like devtools in Electron, and is left alone.
    page.on('popup', (other) => void other.close());
  }

  /** Runs one of the harness's own navigations (main's loadURL or reload), which no rule covers. */
  async own<T>(navigate: () => Promise<T>): Promise<T> {
    this.ownInFlight += 1;
    try {
      return await navigate();
    } finally {
      this.ownInFlight -= 1;
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
    const byPage = this.pageStarted || this.ownInFlight === 0;
    if (!inNewWindow && !redirect && !byPage) return false;
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

const sameDocument = new Set(['sameDocument', 'historySameDocument']);
