import { channelNames, channels } from '../shared/contract';
import type { ChannelName, OutputOf, ParsedInputOf } from '../shared/contract';
import type { Result } from '../shared/ipc/result';
import { toAppError } from './errors';
import { isTrustedSenderUrl } from './security-policy';

export type Handler<K extends ChannelName> = (
  input: ParsedInputOf<K>,
) => Promise<OutputOf<K>> | OutputOf<K>;

export type Handlers = { [K in ChannelName]: Handler<K> };

/** A domain (app, vault, entries…) registers the handlers for its own channels. */
export interface Domain {
  name: string;
  handlers: Partial<Handlers>;
}

/**
 * Merges the domains' handlers. A channel claimed twice, or a contract channel nobody handles,
 * is a programming error caught at start, not at the first click.
 */
export function collectHandlers(domains: readonly Domain[]): Handlers {
  const merged: Partial<Record<ChannelName, unknown>> = {};
  const owner = new Map<string, string>();
  for (const domain of domains) {
    for (const name of Object.keys(domain.handlers)) {
      if (!(name in channels)) {
        throw new Error(`Domain "${domain.name}" handles "${name}", which is not in the contract`);
      }
      const previous = owner.get(name);
      if (previous) {
        throw new Error(`Channel "${name}" has two handlers: "${previous}" and "${domain.name}"`);
      }
      owner.set(name, domain.name);
      merged[name as ChannelName] = domain.handlers[name as ChannelName];
    }
  }
  const missing = channelNames.filter((name) => typeof merged[name] !== 'function');
  if (missing.length > 0) throw new Error(`No handler for channel(s): ${missing.join(', ')}`);
  return merged as Handlers;
}

/** The part of Electron's IpcMainInvokeEvent the loop relies on; the harness builds the same. */
export interface InvokeEvent {
  senderFrame: { url: string } | null | undefined;
}

export interface IpcTransport {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<unknown>): void;
}

/** Parses, calls and wraps one invocation. Never throws; never returns a stack. */
export async function dispatch<K extends ChannelName>(
  name: K,
  handler: Handler<K>,
  input: unknown,
): Promise<Result<OutputOf<K>>> {
  const parsed = channels[name].input.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'BAD_INPUT', message: 'The app sent a request it does not understand.' },
    };
  }
  try {
    const value = await handler(parsed.data as ParsedInputOf<K>);
    return { ok: true, value };
  } catch (error) {
    const appError = toAppError(error);
    // The name and code are enough to debug; the message may carry user data, so it stays out.
    if (appError.code === 'INTERNAL') {
      const kind = error instanceof Error ? error.name : typeof error;
      console.error(`[ipc] ${name}: unexpected ${kind}`);
    }
    return { ok: false, error: appError };
  }
}

/** Registers every contract channel in one loop, behind the sender check. */
export function registerHandlers(
  transport: IpcTransport,
  handlers: Handlers,
  appOrigin?: string,
): void {
  for (const name of channelNames) {
    const handler = handlers[name] as Handler<typeof name>;
    transport.handle(name, async (event, input) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url, appOrigin)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'This request did not come from the app.' },
        } satisfies Result<never>;
      }
      return dispatch(name, handler, input);
    });
  }
}
