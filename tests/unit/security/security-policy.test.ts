import { describe, expect, it } from 'vitest';
import {
  allowsNavigation,
  APP_ORIGIN,
  contentSecurityPolicy,
  isAllowedRequestUrl,
  isTrustedSenderUrl,
} from '../../../electron/security-policy';

describe('which requests the app lets through', () => {
  it.each([
    `${APP_ORIGIN}/index.html`,
    `${APP_ORIGIN}/assets/app-1234.js`,
    'devtools://devtools/x',
  ])('allows the app’s own resource %s', (url) => expect(isAllowedRequestUrl(url)).toBe(true));

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'http://127.0.0.1/',
    'ws://localhost/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'ftp://example.com/',
    'data:text/html,<script>1</script>',
    'blob:https://example.com/uuid',
    'app://other-host/index.html',
    'chrome-extension://abc/x.js',
    'not a url',
    '',
  ])('cancels %s', (url) => expect(isAllowedRequestUrl(url)).toBe(false));

  it('can be pointed at the harness origin, and then refuses the app scheme', () => {
    const origin = 'https://between-sessions.invalid';
    expect(isAllowedRequestUrl(`${origin}/index.html`, origin)).toBe(true);
    expect(isAllowedRequestUrl(`${APP_ORIGIN}/index.html`, origin)).toBe(false);
    expect(isAllowedRequestUrl('https://between-sessions.invalid.evil.com/', origin)).toBe(false);
  });
});

describe('what the page may start on its own', () => {
  const page = `${APP_ORIGIN}/index.html`;
  it.each([
    ['navigate', page, 'location.reload(): the page may not reset itself, main does'],
    ['navigate', `${APP_ORIGIN}/index.html?x=1`, 'its own page, another address'],
    ['navigate', `${APP_ORIGIN}/other.html`, 'another of its own files'],
    ['navigate', 'https://example.org/', 'a link to the web'],
    ['navigate', 'file:///etc/passwd', 'a local file'],
    ['navigate', 'javascript:alert(1)', 'a script address'],
    ['redirect', page, 'a redirect, even to the app itself'],
    ['open-window', page, 'a window of the app itself'],
    ['open-window', 'https://example.org/', 'a window on the web (target=_blank)'],
    ['open-window', 'about:blank', 'an empty window'],
    ['attach-webview', 'https://example.org/', 'a webview'],
  ] as const)('refuses %s to %s (%s)', (kind, url, why) => {
    expect(allowsNavigation({ kind, url }), why).toBe(false);
  });
});

describe('which IPC senders are trusted', () => {
  it('trusts only the app origin', () => {
    expect(isTrustedSenderUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isTrustedSenderUrl('app://bundle.evil/index.html')).toBe(false);
    expect(isTrustedSenderUrl('app://user:pw@bundle/index.html')).toBe(false);
    expect(isTrustedSenderUrl('https://bundle/')).toBe(false);
    expect(isTrustedSenderUrl(undefined)).toBe(false);
  });
});

describe('the Content-Security-Policy', () => {
  const header = contentSecurityPolicy('header');
  const directives = new Map(
    header.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values.join(' ')] as const;
    }),
  );

  it('allows nothing but the app itself', () => {
    expect(directives.get('default-src')).toBe("'self'");
    for (const kind of ['script-src', 'style-src', 'img-src', 'connect-src']) {
      expect(directives.get(kind), kind).toBe("'self'");
    }
    // The PDF footer's font travels inline (electron/print/footer-template.ts).
    expect(directives.get('font-src')).toBe("'self' data:");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });

  it('never relaxes itself with unsafe keywords, wildcards or remote hosts', () => {
    expect(header).not.toMatch(/unsafe-|\*|https?:|blob:/);
    for (const [name, value] of directives) {
      if (name !== 'font-src') expect(value, name).not.toContain('data:');
    }
  });

  it('leaves frame-ancestors out of the meta variant, where browsers ignore it', () => {
    const meta = contentSecurityPolicy('meta');
    expect(meta).not.toContain('frame-ancestors');
    expect(header.startsWith(meta)).toBe(true);
  });
});
