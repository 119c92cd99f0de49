import { useEffect, useRef, useState } from 'react';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import styles from './OpenLinkDialog.module.css';

/**
 * A link in an entry leaves the app only when the person says so here, seeing the whole address
 * first (a link's text can say anything).
 */
export function OpenLinkDialog({ url, onClose }: { url: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    return () => previous?.focus();
  }, []);

  async function open() {
    try {
      await unwrap(journal().app.openExternal({ url }));
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="open-link-title" onClose={onClose}>
      <h2 id="open-link-title">Open this link in your web browser?</h2>
      <p className={styles.linkAddress}>{url}</p>
      <p className="hint">Your browser will load it; nothing from your journal is sent.</p>
      <ErrorText>{error}</ErrorText>
      <div className="row">
        <button type="button" className="primary" onClick={() => void open()}>
          Open in browser
        </button>
        <button type="button" autoFocus onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
