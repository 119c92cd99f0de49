import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import type * as SecurityPolicy from '../../../electron/security-policy';
import type { NavigationAttempt } from '../../../electron/security-policy';

// security.ts is the Electron half; here it runs against a stand-in web contents, and the pure
// rule it must ask is observed, so a handler that decides on its own is caught.
const rule = vi.hoisted(() => ({ asked: [] as NavigationAttempt[], verdict: false }));
vi.mock('electron', () => ({ app: { on: () => undefined }, protocol: {} }));
vi.mock('../../../electron/security-policy', async (original) => ({
  ...(await original<typeof SecurityPolicy>()),
  allowsNavigation: (attempt: NavigationAttempt) => {
    rule.asked.push(attempt);
    return rule.verdict;
  },
}));
const { hardenWebContents } = await import('../../../electron/security');

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

function fakeContents() {
  const emitter = new EventEmitter();
  const contents = Object.assign(emitter, {
    openHandler: null as OpenHandler | null,
    setWindowOpenHandler(handler: OpenHandler) {
      contents.openHandler = handler;
    },
  });
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function emitCancellable(contents: EventEmitter, name: string, url: string, ...rest: unknown[]) {
  const event = { url, defaultPrevented: false, preventDefault: () => undefined };
  event.preventDefault = () => void (event.defaultPrevented = true);
  contents.emit(name, event, ...rest);
  return event.defaultPrevented;
}

describe('the Electron wiring applies the pure navigation rule', () => {
  beforeEach(() => {
    rule.asked.length = 0;
  });

  it.each([false, true])('and only it (rule says allowed: %s)', (allowed) => {
    rule.verdict = allowed;
    const contents = fakeContents();
    const page = 'app://bundle/index.html';
    expect(emitCancellable(contents, 'will-navigate', page)).toBe(!allowed);
    expect(emitCancellable(contents, 'will-redirect', 'https://example.org/')).toBe(!allowed);
    expect(
      emitCancellable(contents, 'will-attach-webview', '', {}, { src: 'https://example.org/w' }),
    ).toBe(!allowed);
    expect(contents.openHandler!({ url: 'https://example.org/tab' })).toEqual({
      action: allowed ? 'allow' : 'deny',
    });
    expect(rule.asked).toEqual([
      { kind: 'navigate', url: page },
      { kind: 'redirect', url: 'https://example.org/' },
      { kind: 'attach-webview', url: 'https://example.org/w' },
      { kind: 'open-window', url: 'https://example.org/tab' },
    ]);
  });
});
