import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/contract';
import { collectHandlers, dispatch, registerHandlers } from '../../../electron/ipc';
import type { Domain, Handlers, InvokeEvent } from '../../../electron/ipc';
import { ServiceError } from '../../../electron/errors';
import { createServices } from '../../../electron/services';

const info = { name: 'Between Sessions', version: '1.2.3', runtime: 'browser-harness' as const };
const platform = {
  dataDir: '/nonexistent',
  info: () => info,
  notify: () => {},
  openExternal: async () => {},
  confirmOpenExternal: async () => false,
  screenLockDetection: async () => false,
  onSystemLock: () => {},
};

function loop(handlers: Handlers, origin = 'app://bundle') {
  const listeners = new Map<string, (event: InvokeEvent, input: unknown) => Promise<unknown>>();
  registerHandlers(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    handlers,
    origin,
  );
  return listeners;
}

describe('the IPC handler loop', () => {
  it('registers exactly one listener per contract channel', () => {
    const listeners = loop(createServices(platform).handlers);
    expect([...listeners.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('refuses input that fails its schema with BAD_INPUT, without reaching the service', async () => {
    const service = vi.fn(() => info);
    const result = await dispatch('app:info', service, { unexpected: 'payload' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.any(String) },
    });
    expect(service).not.toHaveBeenCalled();
  });

  it('wraps a value in { ok: true }', async () => {
    expect(await dispatch('app:info', () => info, undefined)).toEqual({ ok: true, value: info });
  });

  it('turns an unexpected exception into INTERNAL with a safe message and no stack', async () => {
    const secret = 'my diary says I am afraid of my father';
    const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await dispatch(
      'app:info',
      () => {
        throw new TypeError(`cannot read ${secret}`);
      },
      undefined,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/);
    // The log names the channel and the error kind only, never its message.
    expect(JSON.stringify(errorLog.mock.calls)).not.toContain(secret);
    expect(errorLog).toHaveBeenCalledWith('[ipc] app:info: unexpected TypeError');
    errorLog.mockRestore();
  });

  it('passes on the code and message of an error a service raised on purpose', async () => {
    const result = await dispatch(
      'app:info',
      async () => {
        throw new ServiceError('WRONG_SECRET', 'That passphrase does not open this journal.');
      },
      undefined,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'WRONG_SECRET', message: 'That passphrase does not open this journal.' },
    });
  });

  it('answers only frames that show the app’s own page', async () => {
    const service = vi.fn(() => info);
    const listeners = loop({ 'app:info': service } as unknown as Handlers);
    const call = listeners.get('app:info')!;
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/', '']) {
      expect(await call({ senderFrame: { url } }, undefined)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await call({ senderFrame: null }, undefined)).toMatchObject({ ok: false });
    expect(service).not.toHaveBeenCalled();
    expect(await call({ senderFrame: { url: 'app://bundle/index.html' } }, undefined)).toEqual({
      ok: true,
      value: info,
    });
  });
});

describe('collecting the domains’ handlers at start', () => {
  const appDomain: Domain = { name: 'app', handlers: { 'app:info': () => info } };

  it('fails when a contract channel has no handler', () => {
    expect(() => collectHandlers([])).toThrow(/No handler for channel\(s\): .*app:info/);
  });

  it('fails when two domains handle the same channel', () => {
    const twin: Domain = { name: 'twin', handlers: { 'app:info': () => info } };
    expect(() => collectHandlers([appDomain, twin])).toThrow(
      'Channel "app:info" has two handlers: "app" and "twin"',
    );
  });

  it('fails when a domain handles a channel the contract does not have', () => {
    const rogue = { name: 'rogue', handlers: { 'shell:exec': () => 'x' } } as unknown as Domain;
    expect(() => collectHandlers([appDomain, rogue])).toThrow(/not in the contract/);
  });

  it('accepts the app’s real domains', () => {
    expect(() => createServices(platform).handlers).not.toThrow();
  });
});
