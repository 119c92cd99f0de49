import { createContext, useContext, useEffect, useRef } from 'react';
import type { CommandId } from '../../../../shared/commands';
import { CommandRegistry } from './registry';

export const CommandContext = createContext<CommandRegistry>(new CommandRegistry());

export const useCommands = (): CommandRegistry => useContext(CommandContext);

/**
 * Says what a command does while this component is mounted. The runner may change every render;
 * the registration does not, so a shortcut always runs the component's current code.
 */
export function useCommand(id: CommandId, run: () => void, enabled = true): void {
  const registry = useCommands();
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (!enabled) return;
    return registry.register(id, () => latest.current());
  }, [registry, id, enabled]);
}
