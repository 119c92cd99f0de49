import { describe, expect, it } from 'vitest';
import { downloadFailure, downloadFailureMessage } from '../../../scripts/dist-failure';

/** What got (electron-builder's HTTP client) rejects with when a host cannot be reached. */
function requestError(code: string, message: string, url?: string) {
  return Object.assign(new Error(message), {
    name: 'RequestError',
    code,
    options: url ? { url: new URL(url) } : {},
  });
}

describe('npm run dist, when a download cannot be made', () => {
  it('names the host and the network error', () => {
    const error = requestError(
      'ENOTFOUND',
      'getaddrinfo ENOTFOUND github.com',
      'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-x64.zip',
    );
    expect(downloadFailure(error)).toEqual({ code: 'ENOTFOUND', host: 'github.com' });
  });

  it('reads the host from the message when the error carries no address', () => {
    const error = requestError('ECONNREFUSED', 'connect ECONNREFUSED objects.example.net');
    expect(downloadFailure(error)).toEqual({ code: 'ECONNREFUSED', host: 'objects.example.net' });
  });

  it('leaves every other failure to be reported as it is', () => {
    expect(downloadFailure(new Error('Cannot find module'))).toBeNull();
    expect(downloadFailure(Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toBeNull();
    expect(downloadFailure('ENOTFOUND')).toBeNull();
    expect(downloadFailure(null)).toBeNull();
  });

  it('explains itself in one paragraph, naming the system and what to do', () => {
    const text = downloadFailureMessage({ code: 'ENOTFOUND', host: 'github.com' }, 'linux');
    expect(text).toContain("Electron's build for Linux");
    expect(text).toContain('github.com, which cannot be reached from here (ENOTFOUND)');
    expect(text).toContain('.github/workflows/release.yml');
    expect(text.trim().split('\n\n')).toHaveLength(1);
    expect(downloadFailureMessage({ code: 'ETIMEDOUT', host: null }, 'darwin')).toContain(
      'for macOS',
    );
  });
});
