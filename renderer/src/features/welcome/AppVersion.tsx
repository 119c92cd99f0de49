import { useJournalQuery } from '../../lib/query';
import { messageOf } from '../../lib/result';
import styles from './WelcomeScreen.module.css';

/** The footer line naming the version; filled by the main process, never hard-coded. */
export function AppVersion() {
  const info = useJournalQuery('app:info', undefined);
  if (info.error) return <p className={styles.appVersion}>{messageOf(info.error)}</p>;
  if (!info.data) return <p className={styles.appVersion}>&nbsp;</p>;
  return (
    <p className={styles.appVersion}>
      {info.data.name} · version {info.data.version}
    </p>
  );
}
