import { useAppInfo } from './use-app-info';

/** The footer line naming the version; filled by the main process, never hard-coded. */
export function AppVersion() {
  const state = useAppInfo();
  if (state.status === 'loading') return <p className="app-version">&nbsp;</p>;
  if (state.status === 'error') return <p className="app-version">{state.message}</p>;
  return (
    <p className="app-version">
      {state.info.name} · version {state.info.version}
    </p>
  );
}
