import { useEffect, useRef, useState } from 'react';
import { ErrorText } from '../../ui/ErrorText';

/**
 * An encrypted export of this app opens with the passphrase chosen when it was exported (not the
 * journal's own). Asked here when main says the file needs one; a wrong one keeps the field.
 */
export function ExportPassphrase({
  name,
  error,
  opening,
  onOpen,
  onCancel,
}: {
  name: string;
  error: string | null;
  opening: boolean;
  onOpen: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [error]);
  return (
    <section className="panel stack" aria-labelledby="import-passphrase-title">
      <h2 id="import-passphrase-title">“{name}” is an encrypted export</h2>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (passphrase) onOpen(passphrase);
        }}
      >
        <div className="field">
          <label htmlFor="import-passphrase">Export passphrase</label>
          <input
            ref={field}
            id="import-passphrase"
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-describedby="import-passphrase-hint"
          />
          <p id="import-passphrase-hint" className="hint">
            The passphrase chosen when this file was exported, which may differ from your journal’s.
          </p>
        </div>
        <ErrorText>{error}</ErrorText>
        <div className="row">
          <button type="submit" disabled={opening || !passphrase}>
            {opening ? 'Opening…' : 'Open the export'}
          </button>
          <button type="button" onClick={onCancel}>
            Choose another file
          </button>
        </div>
      </form>
    </section>
  );
}
