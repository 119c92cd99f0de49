import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import type { Result } from '../../../shared/ipc/result';
import { journal } from '../journal';
import { unwrap } from './result';

type Method = (input?: unknown) => Promise<Result<unknown>>;

/**
 * Calls a contract channel by its name and unwraps its Result: a refusal becomes a `CallError`
 * a screen can show. The bridge has one method per channel; this only looks it up by name.
 */
export function call<K extends ChannelName>(
  channel: K,
  ...input: InputOf<K> extends undefined ? [] : [InputOf<K>]
): Promise<OutputOf<K>> {
  const [ns, method] = channel.split(':') as [string, string];
  const api = journal() as unknown as Record<string, Record<string, Method>>;
  return unwrap(api[ns]![method]!(input[0])) as Promise<OutputOf<K>>;
}
