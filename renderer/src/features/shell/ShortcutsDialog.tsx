import { useEffect, useRef } from 'react';
import { displayKeys, shortcuts } from './shortcuts';

/** The list of shortcuts, in a modal dialog that returns focus where it was. */
export function ShortcutsDialog({ isMac, onClose }: { isMac: boolean; onClose: () => void }) {
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
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>{shortcut.label}</td>
              <td>
                <kbd>{displayKeys(shortcut.keys, isMac)}</kbd>
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
