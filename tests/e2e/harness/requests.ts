import type { Page, Request } from '@playwright/test';

/**
 * Every request the page makes. A request is foreign when it is not for the app's own origin and
 * was not stopped by the Content-Security-Policy inside the page (Chromium reports those as
 * failed with "csp": they never reach the network stack), nor refused by main's navigation rules
 * (in Electron, will-navigate refuses before any request exists; in browser mode the harness's
 * guard refuses the request itself, before it leaves).
 */
export class RequestLog {
  private readonly requests: Request[] = [];
  private readonly sockets: string[] = [];

  constructor(
    private readonly appOrigin: string,
    private readonly refusedByMain: (request: Request) => boolean = () => false,
  ) {}

  attach(page: Page): void {
    page.on('request', (request) => this.requests.push(request));
    page.on('websocket', (socket) => this.sockets.push(socket.url()));
  }

  get all(): string[] {
    return [...this.requests.map((request) => request.url()), ...this.sockets];
  }

  get blockedByPolicy(): string[] {
    return this.requests.filter(blockedByCsp).map((request) => request.url());
  }

  get foreign(): string[] {
    const requests = this.requests.filter(
      (r) => !this.isOwn(r.url()) && !blockedByCsp(r) && !this.refusedByMain(r),
    );
    return [...requests.map((request) => request.url()), ...this.sockets];
  }

  isOwn(url: string): boolean {
    try {
      const parsed = new URL(url);
      return `${parsed.protocol}//${parsed.host}` === this.appOrigin;
    } catch {
      return false;
    }
  }
}

const blockedByCsp = (request: Request) => request.failure()?.errorText === 'csp';
