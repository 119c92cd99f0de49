import { z } from 'zod';
import { channel, returns } from './ipc/define';
import type { ChannelSpec, Phantom } from './ipc/define';
import type { Result } from './ipc/result';

export interface AppInfo {
  name: string;
  version: string;
  /** Which transport carries this call: the real Electron app or the browser-mode test harness. */
  runtime: 'electron' | 'browser-harness';
}

const noInput = z.undefined();

/**
 * Every IPC channel, once. `namespace:method` names become `window.journal.namespace.method()`.
 * The preload, the handler loop and the renderer's types are all derived from this object.
 */
export const channels = {
  'app:info': channel(noInput, returns<AppInfo>()),
} satisfies Record<`${string}:${string}`, ChannelSpec<z.ZodType, unknown>>;

/** Messages the main process pushes to the page. */
export const events = {
  'app:locked': returns<{ reason: 'manual' | 'idle' | 'suspend' | 'screen-lock' }>(),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type InputOf<K extends ChannelName> = z.input<Channels[K]['input']>;
/** What a handler receives: the input after its schema parsed (and possibly transformed) it. */
export type ParsedInputOf<K extends ChannelName> = z.output<Channels[K]['input']>;
export type OutputOf<K extends ChannelName> =
  Channels[K]['output'] extends Phantom<infer O> ? O : never;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> =
  (typeof events)[E] extends Phantom<infer P> ? P : never;

type Namespace = ChannelName extends `${infer NS}:${string}` ? NS : never;
type Method<K extends ChannelName> = [InputOf<K>] extends [undefined]
  ? () => Promise<Result<OutputOf<K>>>
  : (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

/** The shape of `window.journal`: one method per channel, plus `on` for the contract's events. */
export type JournalApi = {
  readonly [NS in Namespace]: {
    readonly [K in ChannelName as K extends `${NS}:${infer M}` ? M : never]: Method<K>;
  };
} & {
  readonly on: <E extends EventName>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ) => () => void;
};

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];
