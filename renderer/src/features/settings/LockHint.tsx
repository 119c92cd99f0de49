import { useJournalQuery } from '../../lib/query';
import { keysOf } from '../../lib/platform';

/**
 * When the journal locks by itself. Screen lock is named only where the app can know about it:
 * a Linux desktop without a screensaver on D-Bus does not say when its screen locks.
 */
export function LockHint() {
  // A fact of the desktop, not of the journal: a screensaver may start after the app did.
  const detection = useJournalQuery('app:screenLockDetection', undefined, { staleTime: 0 });
  const shortcut = `with the Lock button or ${keysOf('app.lock')}`;
  if (detection.data?.available === false || detection.error) {
    return (
      <>
        <p className="hint">The journal also locks when the computer sleeps, and {shortcut}.</p>
        <p className="hint">
          Locking when the screen locks is not available on this system: it does not tell apps when
          its screen locks. Lock the journal yourself before you step away, or choose a short time
          above.
        </p>
      </>
    );
  }
  return (
    <p className="hint">
      The journal also locks when the computer sleeps or its screen locks, and {shortcut}.
    </p>
  );
}
