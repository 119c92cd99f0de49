/**
 * The pure half of the app's hardening: which origin is the app, what the page may load, and the
 * Content-Security-Policy. No Electron import, so the rules are unit-tested and shared with the
 * renderer build (meta tag) and the browser-mode harness.
 */

export const APP_SCHEME = 'app';
/** The app is served from `app://bundle/`, never from file://. */
export const APP_ORIGIN = `${APP_SCHEME}://bundle`;

const cspDirectives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  // data: for one reader: Chromium renders a saved PDF's footer as a document of its own that
  // inherits this policy and can load no file, so the bundled face comes along as a data URL
  // (electron/print/footer-template.ts). A data: font makes no request, and no style can be
  // injected to use one (style-src 'self').
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['media-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/**
 * `frame-ancestors` is only honoured as a header; browsers ignore it (with a warning) in a meta
 * tag, so the meta variant leaves it out.
 */
export function contentSecurityPolicy(target: 'header' | 'meta'): string {
  const directives =
    target === 'header'
      ? [...cspDirectives, ['frame-ancestors', "'none'"] as const]
      : cspDirectives;
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for the app's own origin; everything else (http, https, ws, ftp, file, data…) is cancelled. */
export function isAllowedRequestUrl(url: string, appOrigin: string = APP_ORIGIN): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  // Devtools, when a developer opens them, load from their own scheme; they are never remote.
  if (parsed.protocol === 'devtools:') return true;
  return parsed.origin === appOrigin || `${parsed.protocol}//${parsed.host}` === appOrigin;
}

/** IPC is answered only for frames showing the app's own page. */
export function isTrustedSenderUrl(
  url: string | undefined,
  appOrigin: string = APP_ORIGIN,
): boolean {
  if (!url) return false;
  const parsed = parse(url);
  if (!parsed) return false;
  return `${parsed.protocol}//${parsed.host}` === appOrigin && !parsed.username && !parsed.password;
}

/**
 * Something main is asked to let happen to the page: the page moving its own window to another
 * document (a link, a form, `location.href = …`, even `location.reload()`), a server redirect, the
 * page opening a window, or attaching a webview. Same-document moves (a `#fragment`) are not
 * navigations here: neither Electron nor the browser harness reports them.
 */
export interface NavigationAttempt {
  kind: 'navigate' | 'redirect' | 'open-window' | 'attach-webview';
  url: string;
}

/**
 * None is allowed, not even to the app's own page. Only main replaces the page — it loads it at
 * start and reloads it after a lock or a restore — and those programmatic loads are never put to
 * this check (Electron emits will-navigate for renderer-initiated navigations only). A link the
 * person wants to follow goes to their own browser through `app:openExternal`, never into this
 * window; the app's protocol never redirects.
 */
export function allowsNavigation(attempt: NavigationAttempt): boolean {
  void attempt;
  return false;
}

/** What `app:openExternal` may hand to the system, or why it may not. */
export type ExternalLinkVerdict =
  { ok: true; url: string } | { ok: false; reason: 'not-a-link' | 'scheme' | 'credentials' };

/**
 * The address to open for a link in an entry: http(s) without a user name or password (which
 * can disguise the real host: `https://bank.example@evil.example`), or mailto with its query
 * dropped, since `?attach=` or `?body=` can make a mail app attach files or prefill text. The
 * address is given back serialized, hosts in punycode, so what the person confirms is what opens.
 */
export function externalLinkTarget(url: string): ExternalLinkVerdict {
  const parsed = parse(url.trim());
  if (!parsed) return { ok: false, reason: 'not-a-link' };
  if (parsed.protocol === 'mailto:') {
    if (!parsed.pathname) return { ok: false, reason: 'not-a-link' };
    return { ok: true, url: `mailto:${parsed.pathname}` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { ok: false, reason: 'scheme' };
  }
  if (parsed.username || parsed.password) return { ok: false, reason: 'credentials' };
  return { ok: true, url: parsed.href };
}
