import { channelNames, eventNames } from '../contract';
import type { ChannelName, EventName, JournalApi } from '../contract';

export type Invoke = (channel: ChannelName, input: unknown) => Promise<unknown>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.journal` from the contract: one method per channel and nothing else, so the page
 * can never name a channel of its choosing. Used by the preload and by the browser-mode harness.
 */
export function buildJournalApi(invoke: Invoke, subscribe: Subscribe): JournalApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const name of channelNames) {
    const [ns, method] = name.split(':') as [string, string];
    api[ns] ??= {};
    api[ns][method] = (input?: unknown) => invoke(name, input);
  }
  for (const group of Object.values(api)) Object.freeze(group);
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    return subscribe(event, listener);
  };
  return Object.freeze({ ...api, on }) as unknown as JournalApi;
}
