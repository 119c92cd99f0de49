import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { commandForKeys, commands } from '../../../../shared/commands';
import type { CommandDeclaration, CommandId } from '../../../../shared/commands';
import { journal } from '../../journal';
import { isMac } from '../../lib/platform';
import { useCommands } from '../commands/use-command';

/**
 * Turns keys, the application menu and the mouse's back and forward buttons into commands.
 * A command whose screen is not up opens that screen, and runs once it is.
 */
export function useCommandInput(): void {
  const registry = useCommands();
  const navigate = useNavigate();
  useEffect(() => {
    const invoke = (id: CommandId) => {
      if (registry.run(id)) return;
      const { home }: CommandDeclaration = commands[id];
      if (!home) return;
      registry.runOrWait(id);
      void navigate(home);
    };
    const onKey = (event: KeyboardEvent) => {
      const id = commandForKeys(event, isMac);
      if (!id) return;
      event.preventDefault();
      invoke(id);
    };
    // Buttons 3 and 4 are a mouse's back and forward buttons.
    const onMouse = (event: MouseEvent) => {
      if (event.button !== 3 && event.button !== 4) return;
      event.preventDefault();
      invoke(event.button === 3 ? 'nav.back' : 'nav.forward');
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('mouseup', onMouse);
    const offMenu = journal().on('app:command', ({ id }) => invoke(id));
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('mouseup', onMouse);
      offMenu();
    };
  }, [registry, navigate]);
}
