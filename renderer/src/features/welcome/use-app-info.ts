import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/contract';
import { journal } from '../../journal';

export type AppInfoState =
  { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'error'; message: string };

/** The app's name and version, asked of the main process (a real IPC round-trip). */
export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void journal()
      .app.info()
      .then((result) => {
        if (!live) return;
        setState(
          result.ok
            ? { status: 'ready', info: result.value }
            : { status: 'error', message: result.error.message },
        );
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
