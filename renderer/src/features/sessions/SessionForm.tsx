import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Session } from '../../../../shared/domain/records';
import { parseMoney } from '../../../../shared/therapy/money';
import { formatMoney } from '../../lib/money';
import { today } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { CurrencySelect } from './CurrencySelect';
import { DiscussedPicker } from './DiscussedPicker';
import { Problem } from './FieldProblem';
import { HomeworkFields } from './HomeworkFields';
import { draftOf, readDraft } from './session-draft';
import type { DraftProblems, SessionDraft, SessionValues } from './session-draft';
import fields from './Fields.module.css';
import styles from './SessionForm.module.css';

interface Props {
  /** The session being edited; a new one when absent. */
  session?: Session;
  defaultCurrency: string;
  submitLabel: string;
  onSubmit: (values: SessionValues) => Promise<void>;
  onCancel: () => void;
}

/** Logging or editing a session. Nothing typed is lost to a refusal: the form stays as it was. */
export function SessionForm({ session, defaultCurrency, submitLabel, onSubmit, onCancel }: Props) {
  const [draft, setDraft] = useState<SessionDraft>(() =>
    draftOf(session, { date: today(), currency: defaultCurrency }),
  );
  const [problems, setProblems] = useState<DraftProblems>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<SessionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // A problem goes once its field is changed; the check runs again on the next save.
    setProblems((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([key]) => {
          const field = key.startsWith('homework-') ? 'homework' : key;
          return !(field in patch || (key === 'cost' && 'currency' in patch));
        }),
      ),
    );
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const read = readDraft(draft);
    if (!read.ok) {
      setProblems(read.problems);
      // The first field to fix takes focus, so the message beside it is read out.
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      await onSubmit(read.values);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const costPreview = draft.cost.trim() ? parseMoney(draft.cost, draft.currency) : null;
  const invalid = (field: keyof DraftProblems) =>
    problems[field]
      ? { 'aria-invalid': true as const, 'aria-describedby': `${field}-problem` }
      : {};

  return (
    <form ref={form} className={`stack ${styles.form}`} onSubmit={(e) => void submit(e)} noValidate>
      <div className={styles.basics}>
        <div className="field">
          <label htmlFor="session-date">Date</label>
          <input
            id="session-date"
            type="date"
            className={fields.input}
            value={draft.date}
            onChange={(e) => set({ date: e.target.value })}
            {...invalid('date')}
          />
          <Problem field="date" problems={problems} />
        </div>
        <div className="field">
          <label htmlFor="session-duration">Length in minutes</label>
          <input
            id="session-duration"
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            step={1}
            className={fields.input}
            value={draft.duration}
            onChange={(e) => set({ duration: e.target.value })}
            {...invalid('duration')}
          />
          <Problem field="duration" problems={problems} />
        </div>
        <div className="field">
          <label htmlFor="session-cost">Cost</label>
          <input
            id="session-cost"
            inputMode="decimal"
            autoComplete="off"
            value={draft.cost}
            onChange={(e) => set({ cost: e.target.value })}
            aria-describedby={problems.cost ? 'cost-problem' : 'cost-hint'}
            aria-invalid={problems.cost ? true : undefined}
          />
          {problems.cost ? (
            <Problem field="cost" problems={problems} />
          ) : (
            <p className="hint" id="cost-hint">
              {costPreview?.ok
                ? formatMoney(costPreview.minorUnits, draft.currency)
                : 'Leave empty if there was none.'}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="session-currency">Currency</label>
          <CurrencySelect
            id="session-currency"
            value={draft.currency}
            onChange={(currency) => set({ currency })}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="session-therapist">Therapist (optional)</label>
        <input
          id="session-therapist"
          value={draft.therapist}
          maxLength={200}
          onChange={(e) => set({ therapist: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="session-reflection">Reflection, written after</label>
        <p className="hint" id="session-reflection-hint">
          What stayed with you? What do you want to remember or try?
        </p>
        <textarea
          id="session-reflection"
          rows={6}
          value={draft.reflection}
          aria-describedby="session-reflection-hint"
          onChange={(e) => set({ reflection: e.target.value })}
        />
      </div>
      <HomeworkFields
        items={draft.homework}
        problems={problems}
        onChange={(homework) => set({ homework })}
      />
      <DiscussedPicker selected={draft.discussed} onChange={(discussed) => set({ discussed })} />
      <ErrorText>{error}</ErrorText>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
