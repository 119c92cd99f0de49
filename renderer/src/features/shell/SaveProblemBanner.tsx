import { useState } from 'react';
import type { LockReason, SaveState } from '../../../../shared/contract';
import { journal } from '../../journal';
import { unwrap } from '../../lib/result';

interface Props {
  save: SaveState;
  postponed: LockReason | null;
  onSaveState: (state: SaveState) => void;
}

/** Says plainly when changes are only in memory, and lets the person retry at once. */
export function SaveProblemBanner({ save, postponed, onSaveState }: Props) {
  const [busy, setBusy] = useState(false);
  if (save.status === 'saved') return null;
  async function retry() {
    setBusy(true);
    try {
      onSaveState(await unwrap(journal().vault.retrySave()));
    } catch {
      // The state event that follows carries the reason.
    } finally {
      setBusy(false);
    }
  }
  return (
    <div role="alert" className="banner warning">
      <p>
        <strong>Not saved yet.</strong> {save.error.message}
        {postponed && ' The journal was due to lock, and will once your changes are saved.'} The app
        keeps trying every few seconds.
      </p>
      <button type="button" onClick={() => void retry()} disabled={busy}>
        Try saving now
      </button>
    </div>
  );
}
