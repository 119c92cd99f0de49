// Runs in the page before any app script, in browser mode only: it plays the preload's part,
// building `window.journal` from the same contract over a Playwright binding instead of Electron IPC.
import type { ChannelName, EventName } from '../../../shared/contract';
import { buildJournalApi } from '../../../shared/ipc/bridge';

type Listener = (payload: unknown) => void;
const harness = window as unknown as {
  __bsInvoke: (channel: ChannelName, input: unknown) => Promise<unknown>;
  __bsEmit?: (event: EventName, payload: unknown) => void;
};
const listeners = new Map<EventName, Set<Listener>>();

harness.__bsEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

Object.defineProperty(window, 'journal', {
  value: buildJournalApi(
    (channel, input) => harness.__bsInvoke(channel, input),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  ),
  writable: false,
  configurable: false,
});
