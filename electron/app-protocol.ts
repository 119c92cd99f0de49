import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy } from './security-policy';

export interface AppResource {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const securityHeaders = (): Record<string, string> => ({
  'content-security-policy': contentSecurityPolicy('header'),
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
});

/**
 * Maps a request for the app's own origin to a file under `root`. Anything that would leave
 * `root` (encoded dots, absolute paths, backslashes) is a 404, never a read.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative =
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  const rootWithSep = path.resolve(root) + path.sep;
  return resolved.startsWith(rootWithSep) ? resolved : null;
}

/** Serves the built renderer with the security headers; used by Electron's protocol and the harness. */
export async function readAppResource(root: string, requestUrl: string): Promise<AppResource> {
  const file = resolveAppPath(root, requestUrl);
  const notFound: AppResource = {
    status: 404,
    headers: { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' },
    body: Buffer.from('Not found'),
  };
  if (!file) return notFound;
  try {
    const body = await readFile(file);
    const type = mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, headers: { ...securityHeaders(), 'content-type': type }, body };
  } catch {
    return notFound;
  }
}
