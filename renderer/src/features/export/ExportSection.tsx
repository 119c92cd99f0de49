import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ShareLevel } from '../../../../shared/domain';
import type { ExportFormat } from '../../../../shared/export/export-contract';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';
import styles from './ExportSection.module.css';

const FORMATS: { format: ExportFormat; label: string; detail: string }[] = [
  {
    format: 'encrypted',
    label: 'Encrypted backup file (recommended)',
    detail:
      'The whole journal, locked with a passphrase you choose now. Import it in Between Sessions on another computer.',
  },
  {
    format: 'markdown',
    label: 'Markdown files (zip)',
    detail: 'One text file per entry, readable in any editor or notes app.',
  },
  {
    format: 'json',
    label: 'JSON',
    detail: 'The whole journal as structured data, for other programs.',
  },
];

const LEVELS: { level: ShareLevel; label: string }[] = [
  { level: 'full', label: 'Shared in full' },
  { level: 'summary', label: 'Shared as a summary' },
  { level: 'private', label: 'Private' },
];

/** Settings → Export: the encrypted copy first; readable formats only after a plain warning. */
export function ExportSection() {
  const [format, setFormat] = useState<ExportFormat>('encrypted');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [passphraseReady, setPassphraseReady] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [levels, setLevels] = useState<Set<ShareLevel>>(new Set(['full', 'summary']));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const readable = format !== 'encrypted';
  const ready = readable ? understood && levels.size > 0 : passphraseReady;

  function toggle(level: ShareLevel, on: boolean) {
    const next = new Set(levels);
    if (on) next.add(level);
    else next.delete(level);
    setLevels(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setStatus(null);
    try {
      const saved = await unwrap(
        journal().export.save(
          format === 'encrypted'
            ? { format, passphrase }
            : { format, shareLevels: LEVELS.map((l) => l.level).filter((l) => levels.has(l)) },
        ),
      );
      if (saved) {
        setStatus({ kind: 'done', text: `Saved “${saved.name}”.` });
        setPassphrase('');
        setConfirmation('');
      }
    } catch (e) {
      setStatus({ kind: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel stack" aria-labelledby="export-title">
      <h3 id="export-title">Export</h3>
      <p className="hint">
        Take your journal with you: to another computer, or to another app. Entries in the trash are
        never exported.
      </p>
      <form className="stack" onSubmit={submit} aria-labelledby="export-title">
        <fieldset className={`choices ${styles.formats}`}>
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.format} className={styles.option}>
              <input
                type="radio"
                name="export-format"
                value={f.format}
                checked={format === f.format}
                onChange={() => {
                  setFormat(f.format);
                  setStatus(null);
                }}
              />
              <span>
                {f.label}
                <span className={styles.detail}>{f.detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {readable ? (
          <>
            <p className={styles.unencrypted} id="export-warning">
              This file is not encrypted: anyone who opens it can read everything in it. Keep it
              somewhere only you can reach, and delete it when you no longer need it.
            </p>
            <fieldset className="choices">
              <legend>Entries to include</legend>
              {LEVELS.map(({ level, label }) => (
                <label key={level} className={styles.option}>
                  <input
                    type="checkbox"
                    checked={levels.has(level)}
                    onChange={(e) => toggle(level, e.target.checked)}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
            {levels.size === 0 && (
              <p className="field-error">Choose at least one kind of entry to include.</p>
            )}
            <label className={styles.option}>
              <input
                type="checkbox"
                checked={understood}
                aria-describedby="export-warning"
                onChange={(e) => setUnderstood(e.target.checked)}
              />
              I understand this file is not encrypted
            </label>
          </>
        ) : (
          <NewPassphraseFields
            label="Passphrase for the export"
            confirmLabel="Confirm passphrase for the export"
            value={passphrase}
            confirmation={confirmation}
            onChange={setPassphrase}
            onConfirmationChange={setConfirmation}
            onReadyChange={setPassphraseReady}
          />
        )}
        {status && (
          <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind}>
            {status.text}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={!ready || busy}>
            {busy ? 'Exporting…' : 'Export…'}
          </button>
        </div>
      </form>
    </section>
  );
}
