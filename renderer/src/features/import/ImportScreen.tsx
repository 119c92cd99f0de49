import { useEffect, useRef, useState } from 'react';
import type {
  ImportPreview as Preview,
  ImportResult,
} from '../../../../shared/import/import-contract';
import { codeOf, messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { useCommand } from '../commands/use-command';
import { ExportPassphrase } from './ExportPassphrase';
import { ImportPreview } from './ImportPreview';
import type { ImportChoices } from './ImportPreview';
import { ImportDone } from './ImportDone';
import { useChooseImport, useCommitImport, usePreviewImport } from './queries';
import styles from './ImportScreen.module.css';

type Stage =
  | { kind: 'start' }
  | { kind: 'reading'; name: string }
  | { kind: 'passphrase'; choice: string; name: string; error: string | null }
  | { kind: 'preview'; preview: Preview }
  | { kind: 'done'; result: ImportResult };

/**
 * Settings → Import…: the person chooses a file or folder in main's own dialog, reads what would
 * come in, and confirms. The page never holds a path or an entry of the file, only main's figures.
 */
export function ImportScreen() {
  const choose = useChooseImport();
  const read = usePreviewImport();
  const commit = useCommitImport();
  const [stage, setStage] = useState<Stage>({ kind: 'start' });
  const [error, setError] = useState<string | null>(null);
  const chooseFile = useRef<HTMLButtonElement>(null);
  const busy = choose.isPending || read.isPending || commit.isPending;

  // Invoked from the menu while already here: the first step is where the person is taken.
  useCommand('journal.import', () => chooseFile.current?.focus());

  // The first step takes focus on arrival and whenever the screen goes back to it; a disabled
  // button cannot hold focus, so this waits until nothing is busy.
  const backToStart = useRef(true);
  useEffect(() => {
    if (busy || !backToStart.current) return;
    backToStart.current = false;
    chooseFile.current?.focus();
  }, [busy, stage, error]);

  async function pick(folder: boolean) {
    let chosen;
    try {
      chosen = await choose.mutateAsync({ folder });
    } catch (e) {
      setError(messageOf(e));
      return;
    }
    // A cancelled dialog leaves the screen as it was, preview and all.
    if (!chosen) return;
    setError(null);
    setStage({ kind: 'reading', name: chosen.name });
    await open(chosen.choice, chosen.name);
  }

  /** Reads the chosen file; an encrypted export of this app asks for its passphrase first. */
  async function open(choice: string, name: string, passphrase?: string) {
    try {
      setStage({ kind: 'preview', preview: await read.mutateAsync({ choice, passphrase }) });
    } catch (e) {
      if (codeOf(e) === 'WRONG_SECRET') {
        // The first ask is a question, not a mistake: no message until a passphrase was tried.
        setStage({ kind: 'passphrase', choice, name, error: passphrase ? messageOf(e) : null });
        return;
      }
      setStage({ kind: 'start' });
      setError(messageOf(e));
      backToStart.current = true;
    }
  }

  async function confirm(preview: Preview, choices: ImportChoices) {
    setError(null);
    try {
      const result = await commit.mutateAsync({ token: preview.token, ...choices });
      setStage({ kind: 'done', result });
    } catch (e) {
      // Main forgot the file (the journal locked, another file was read): choose it again.
      if (codeOf(e) === 'NOT_FOUND') {
        setStage({ kind: 'start' });
        backToStart.current = true;
      }
      setError(messageOf(e));
    }
  }

  return (
    <Page title="Import">
      <p>
        Bring in what you wrote in another journal app. You see what would come in first; nothing
        changes in your journal until you confirm.
      </p>
      <section className="panel stack" aria-labelledby="import-choose-title">
        <h2 id="import-choose-title">Choose what to import</h2>
        <ul className={styles.formats}>
          <li>
            A file: a Day One export (the <code>.zip</code> or its <code>Journal.json</code>), jrnl
            (JSON export or its plain-text journal), Mini Diary or Mini Diarium (JSON), a Daylio CSV
            export, or a <code>.zip</code> of Markdown files.
          </li>
          <li>A folder of Markdown files, one entry each.</li>
        </ul>
        <div className="row">
          <button ref={chooseFile} type="button" disabled={busy} onClick={() => void pick(false)}>
            Choose a file…
          </button>
          <button type="button" disabled={busy} onClick={() => void pick(true)}>
            Choose a folder…
          </button>
        </div>
        <p role="status" className="hint">
          {choose.isPending
            ? 'Waiting for you to choose…'
            : stage.kind === 'reading'
              ? `Reading “${stage.name}”…`
              : ''}
        </p>
        <ErrorText>{error}</ErrorText>
      </section>
      {stage.kind === 'passphrase' && (
        <ExportPassphrase
          name={stage.name}
          error={stage.error}
          opening={read.isPending}
          onOpen={(passphrase) => void open(stage.choice, stage.name, passphrase)}
          onCancel={() => {
            setStage({ kind: 'start' });
            backToStart.current = true;
          }}
        />
      )}
      {stage.kind === 'preview' && (
        <ImportPreview
          key={stage.preview.token}
          preview={stage.preview}
          importing={commit.isPending}
          onConfirm={(choices) => void confirm(stage.preview, choices)}
          onCancel={() => {
            setStage({ kind: 'start' });
            setError(null);
            backToStart.current = true;
          }}
        />
      )}
      {stage.kind === 'done' && (
        <ImportDone
          result={stage.result}
          onAgain={() => {
            setStage({ kind: 'start' });
            backToStart.current = true;
          }}
        />
      )}
    </Page>
  );
}
