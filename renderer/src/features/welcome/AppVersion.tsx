import { useJournalQuery } from '../../lib/query';
import { messageOf } from '../../lib/result';

/** The footer line naming the version; filled by the main process, never hard-coded. */
export function AppVersion() {
  const info = useJournalQuery('app:info', undefined);
  if (info.error) return <p className="app-version">{messageOf(info.error)}</p>;
  if (!info.data) return <p className="app-version">&nbsp;</p>;
  return (
    <p className="app-version">
      {info.data.name} · version {info.data.version}
    </p>
  );
}
