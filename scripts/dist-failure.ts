/**
 * Whether a failed `npm run dist` failed because a download could not be made, and from where.
 * electron-builder fetches Electron's build and its packaging tools over HTTPS (got); a host that
 * cannot be reached surfaces as a Node network error code on the rejected build.
 */
const networkCodes = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
]);

export interface DownloadFailure {
  code: string;
  /** The host asked, when the error names it. */
  host: string | null;
}

export function downloadFailure(error: unknown): DownloadFailure | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, message, options } = error as {
    code?: unknown;
    message?: unknown;
    options?: { url?: unknown };
  };
  if (typeof code !== 'string' || !networkCodes.has(code)) return null;
  const url = options?.url;
  if (url instanceof URL) return { code, host: url.host };
  const named =
    typeof message === 'string' ? /(?:getaddrinfo \w+|connect \w+) ([\w.-]+)/.exec(message) : null;
  return { code, host: named?.[1] ?? null };
}

const osNames: Record<string, string> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };

/** One paragraph, like `npm start` gives when it cannot fetch Electron. */
export function downloadFailureMessage(failure: DownloadFailure, platform: string): string {
  const os = osNames[platform] ?? platform;
  const where = failure.host ?? 'its download host';
  return [
    '',
    'No installers were made: electron-builder could not download what it packages. It fetches',
    `Electron's build for ${os}, and the tools that make AppImage, deb and NSIS installers, from`,
    `${where}, which cannot be reached from here (${failure.code}). No journal was touched, and`,
    'the app itself is built in dist/. Run `npm run dist` on a machine that can reach that host',
    "(the release workflow, .github/workflows/release.yml, does so on GitHub's Linux, macOS and",
    'Windows runners); electron-builder caches what it fetched, so later runs there need no',
    'network.',
    '',
  ].join('\n');
}
