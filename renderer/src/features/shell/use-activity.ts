import { useEffect } from 'react';
import { journal } from '../../journal';

const THROTTLE_MS = 10_000;

/** Tells the main process the person is here, so auto-lock counts from their last keystroke or click. */
export function useActivityHeartbeat(): void {
  useEffect(() => {
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < THROTTLE_MS) return;
      last = now;
      void journal().vault.activity();
    };
    const events = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, onActivity);
    };
  }, []);
}
