import { useEffect, useRef } from 'react';
import { commands, keyedCommandIds } from '../../../../shared/commands';
import { keysOf } from '../../lib/platform';

/** Every command with keys, read from the one table; a modal dialog that returns focus. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const previous = document.activeElement as HTMLElement | null;
    element.showModal();
    return () => previous?.focus();
  }, []);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {keyedCommandIds.map((id) => (
            <tr key={id}>
              <td>{commands[id].label}</td>
              <td>
                <kbd>{keysOf(id)}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>Move between controls</td>
            <td>
              <kbd>Tab</kbd> / <kbd>Shift+Tab</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
