import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** CHROMIUM_PATH, then Debian's chromium, then a browser Playwright installed itself. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; fall through to the explanation below.
  }
  throw new Error(
    'No Chromium found for the browser-mode e2e tests. Install one (Debian/Ubuntu: ' +
      '`sudo apt-get install chromium`), or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

/** Chromium's own background traffic (updates, sync, safe browsing) is switched off. */
export const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-gpu',
];
