import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/contract';
import type { EventName } from '../../../shared/contract';
import { buildJournalApi } from '../../../shared/ipc/bridge';

describe('window.journal as the preload builds it', () => {
  it('has one method per contract channel and nothing else', () => {
    const api = buildJournalApi(vi.fn(), vi.fn()) as unknown as Record<string, unknown>;
    const methods = Object.entries(api).flatMap(([ns, group]) =>
      typeof group === 'function' ? [ns] : Object.keys(group as object).map((m) => `${ns}:${m}`),
    );
    expect(methods.sort()).toEqual([...channelNames, 'on'].sort());
    expect(api).not.toHaveProperty('invoke');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards each method to its own channel with the given input', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 'x' }));
    const api = buildJournalApi(invoke, vi.fn());
    await api.app.info();
    expect(invoke).toHaveBeenCalledWith('app:info', undefined);
  });

  it('subscribes only to events the contract declares', () => {
    const subscribe = vi.fn(() => () => {});
    const api = buildJournalApi(vi.fn(), subscribe);
    api.on('app:locked', () => {});
    expect(subscribe).toHaveBeenCalledWith('app:locked', expect.any(Function));
    expect(() => api.on('ipc:anything' as EventName, () => {})).toThrow(/Unknown event/);
  });
});
