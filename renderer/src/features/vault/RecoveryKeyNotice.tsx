import { useState } from 'react';
import { localPaperSize } from '../../ui/print/paper-size';
import { PrintActions } from '../../ui/print/PrintActions';
import { PrintDocument } from '../../ui/print/PrintDocument';
import styles from './RecoveryKeyNotice.module.css';

/**
 * Shown once, right after creation. The key is kept only in this component's state and is gone
 * when the person continues; it prints on a sheet of its own, and is never saved to a file.
 */
export function RecoveryKeyNotice({
  recoveryKey,
  onDone,
}: {
  recoveryKey: string;
  onDone: () => void;
}) {
  const [saved, setSaved] = useState(false);
  return (
    <section className="stack" aria-labelledby="recovery-title">
      <h2 id="recovery-title">Your recovery key</h2>
      <p>
        If you ever forget your passphrase, this key is the only other way into your journal. It is
        shown this once. Print it or write it down, and keep it somewhere safe and private.
      </p>
      <p className={styles.recoveryKey} aria-label="Recovery key">
        <code>{recoveryKey}</code>
      </p>
      <PrintActions pageSize={localPaperSize()} />
      <label className="check">
        <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />I have
        saved it
      </label>
      <button type="button" className="primary" disabled={!saved} onClick={onDone}>
        Continue
      </button>
      <PrintDocument onScreen={false}>
        <h1>Between Sessions — recovery key</h1>
        <p>This key opens your journal if you forget your passphrase. Keep it private.</p>
        <p className={styles.printKey}>{recoveryKey}</p>
      </PrintDocument>
    </section>
  );
}
