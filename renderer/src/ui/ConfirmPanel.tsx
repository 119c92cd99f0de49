import { useId } from 'react';
import type { ReactNode } from 'react';

/**
 * Asks before something is deleted: the question says what goes and what stays, the confirming
 * button takes focus (it appeared because the person asked for it), Cancel keeps everything.
 */
export function ConfirmPanel({
  question,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  question: ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  return (
    <div className="panel stack" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div className="row">
        <button type="button" className="danger" autoFocus disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
