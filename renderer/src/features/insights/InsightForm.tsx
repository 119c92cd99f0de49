import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Insight, InsightKind } from '../../../../shared/domain/records';
import { commandForKeys } from '../../../../shared/commands';
import { detailApplies, detailsClearedBy } from '../../../../shared/therapy/insight-details';
import type { InsightDetail } from '../../../../shared/therapy/insight-details';
import type { InsightView } from '../../../../shared/therapy/therapy-contract';
import { isMac } from '../../lib/platform';
import { keyOf } from '../../lib/query';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { flushAllAutosaves } from '../entries/autosave';
import type { GoalChoice } from './goal-choices';
import { arrivalLabel, clearedMessage, defenceLabel, toneLabel } from './insight-words';
import { kindLabel, kindOrder } from './kinds';
import { useCreateInsight, useDeleteInsight, useUpdateInsight } from './queries';
import styles from './InsightForm.module.css';

/** What the form is for: marking a passage (or a whole entry, without a quote), or one insight. */
export type InsightFormTarget = { entryId: string; quote?: string } | { insight: InsightView };

export type InsightFormOutcome =
  /** `cleared`: details a change of kind removed, as main reports them. */
  | { action: 'saved'; insight: InsightView; cleared: InsightDetail[] }
  | { action: 'deleted'; insight: InsightView }
  | { action: 'cancelled' };

interface Props {
  target: InsightFormTarget;
  /** The goals to link to; undefined until read (no goals section, and links left as they are). */
  goals: GoalChoice[] | undefined;
  onClose: (outcome: InsightFormOutcome) => void;
}

type Arrival = NonNullable<Insight['arrival']>;
type Tone = NonNullable<Insight['tone']>;
type Defence = NonNullable<Insight['defence']>;

/**
 * The form that describes an insight, in a modal dialog: the rest of the page is out of reach
 * while it is open, Escape or Cancel closes it, and focus goes back where it was.
 */
export function InsightForm({ target, goals, onClose }: Props) {
  const editing = 'insight' in target ? target.insight : null;
  const dialog = useRef<HTMLDialogElement>(null);
  const outcome = useRef<InsightFormOutcome>({ action: 'cancelled' });
  const id = useId();
  const client = useQueryClient();
  const create = useCreateInsight();
  const update = useUpdateInsight();
  const remove = useDeleteInsight();
  const [kind, setKind] = useState<InsightKind | null>(editing?.kind ?? null);
  const [arrival, setArrival] = useState<Arrival | ''>(editing?.arrival ?? '');
  const [tone, setTone] = useState<Tone | ''>(editing?.tone ?? '');
  const [defence, setDefence] = useState<Defence | ''>(editing?.defence ?? '');
  const [intensity, setIntensity] = useState(editing?.intensity ?? 5);
  const [note, setNote] = useState(editing?.note ?? '');
  const [goalIds, setGoalIds] = useState<string[]>(editing?.goalIds ?? []);
  const [bring, setBring] = useState(editing?.bringToSession ?? false);
  const [cleared, setCleared] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const busy = create.isPending || update.isPending || remove.isPending;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    return () => previous?.focus();
  }, []);

  const finish = (result: InsightFormOutcome) => {
    outcome.current = result;
    dialog.current?.close();
  };

  function chooseKind(next: InsightKind) {
    const gone = detailsClearedBy(next, {
      arrival: arrival || null,
      tone: tone || null,
      defence: defence || null,
    });
    if (gone.includes('arrival')) setArrival('');
    if (gone.includes('tone')) setTone('');
    if (gone.includes('defence')) setDefence('');
    setCleared(clearedMessage(gone));
    setKind(next);
  }

  // A detail the kind does not have is left out: main clears it, as the page already said.
  const detail = <T extends string>(name: 'arrival' | 'tone' | 'defence', value: T | '') =>
    kind && detailApplies(kind, name) ? (value === '' ? null : value) : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!kind) {
      setError('Choose what kind of insight this is.');
      dialog.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    setError(null);
    const fields = {
      kind,
      intensity,
      note,
      bringToSession: bring,
      ...(goals ? { goalIds } : {}),
    };
    const details = {
      arrival: detail('arrival', arrival),
      tone: detail('tone', tone),
      defence: detail('defence', defence),
    };
    try {
      if (editing) {
        const { insight, cleared: gone } = await update.mutateAsync({
          id: editing.id,
          patch: { ...fields, ...withoutUndefined(details) },
        });
        finish({ action: 'saved', insight, cleared: gone });
      } else {
        const { entryId, quote } = target as { entryId: string; quote?: string };
        const insight = await create.mutateAsync({
          entryId,
          ...(quote ? { quote } : {}),
          goalIds: [],
          ...fields,
          ...withoutUndefined(details),
        });
        finish({ action: 'saved', insight, cleared: [] });
      }
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function deleteInsight() {
    if (!editing) return;
    try {
      // Main takes the mark out of the body as stored, and the editor then starts again from
      // that body: what was typed must be stored first, or it would be lost from the screen.
      await flushAllAutosaves();
    } catch (e) {
      setError(`What you typed could not be saved, so the insight was kept. ${messageOf(e)}`);
      return;
    }
    try {
      await remove.mutateAsync({ id: editing.id });
      // The open editor starts again from the body without the mark, not from its own copy.
      if (editing.passage === 'marked') {
        void client.invalidateQueries({ queryKey: keyOf('entries:get', { id: editing.entryId }) });
      }
      finish({ action: 'deleted', insight: editing });
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const title = editing
    ? 'Edit insight'
    : 'quote' in target && target.quote
      ? 'Mark insight'
      : 'Add insight to whole entry';
  return (
    <dialog
      ref={dialog}
      className={`dialog ${styles.dialog}`}
      aria-labelledby={`${id}-title`}
      onClose={() => onClose(outcome.current)}
      onKeyDown={(e) => {
        // The page's shortcuts would act behind the form (another entry, a new one) and drop
        // what is typed in it; Lock still locks, as from anywhere.
        const command = commandForKeys(e.nativeEvent, isMac);
        if (command && command !== 'app.lock') e.stopPropagation();
      }}
    >
      <form className={styles.form} onSubmit={(e) => void save(e)} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <Passage target={target} />

        <fieldset className={styles.kinds}>
          <legend>Kind</legend>
          {kindOrder.map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name={`${id}-kind`}
                value={k}
                checked={kind === k}
                onChange={() => chooseKind(k)}
              />
              {kindLabel[k]}
            </label>
          ))}
        </fieldset>
        <p role="status" className="hint">
          {cleared}
        </p>

        {kind === 'breakthrough' && (
          <>
            <Choices
              legend="How it arrived"
              name={`${id}-arrival`}
              labels={arrivalLabel}
              value={arrival}
              onChange={setArrival}
            />
            <Choices
              legend="Tone"
              name={`${id}-tone`}
              labels={toneLabel}
              value={tone}
              onChange={setTone}
            />
          </>
        )}
        {kind === 'blocker' && (
          <Choices
            legend="What got in the way"
            name={`${id}-defence`}
            labels={defenceLabel}
            value={defence}
            onChange={setDefence}
          />
        )}

        <div className="field">
          <label htmlFor={`${id}-intensity`}>Intensity</label>
          <div className={styles.intensity}>
            <input
              id={`${id}-intensity`}
              type="range"
              min={0}
              max={10}
              step={1}
              value={intensity}
              aria-valuetext={`${intensity} of 10`}
              aria-describedby={`${id}-intensity-hint`}
              onChange={(e) => setIntensity(Number(e.target.value))}
            />
            <output htmlFor={`${id}-intensity`} aria-hidden="true">
              {intensity}
            </output>
          </div>
          <p id={`${id}-intensity-hint`} className="hint">
            0 is faint, 10 is as strong as it gets.
          </p>
        </div>

        <div className="field">
          <label htmlFor={`${id}-note`}>Note</label>
          <textarea
            id={`${id}-note`}
            rows={3}
            value={note}
            maxLength={10_000}
            onChange={(e) => setNote(e.target.value)}
            aria-describedby={`${id}-note-hint`}
          />
          <p id={`${id}-note-hint`} className="hint">
            In your own words: what you noticed, what it means to you.
          </p>
        </div>

        {goals && (
          <fieldset className={styles.goals}>
            <legend>Goals it relates to</legend>
            {goals.length === 0 ? (
              <p className="hint">
                No goals yet. Once you set goals, you can link insights to them.
              </p>
            ) : (
              goals.map((goal) => (
                <label key={goal.id} className="check">
                  <input
                    type="checkbox"
                    checked={goalIds.includes(goal.id)}
                    onChange={(e) =>
                      setGoalIds((ids) =>
                        e.target.checked ? [...ids, goal.id] : ids.filter((g) => g !== goal.id),
                      )
                    }
                  />
                  {goal.title}
                  {goal.achieved ? ' (achieved)' : ''}
                </label>
              ))
            )}
          </fieldset>
        )}

        <label className="check">
          <input type="checkbox" checked={bring} onChange={(e) => setBring(e.target.checked)} />
          Bring to next session
        </label>

        <ErrorText>{error}</ErrorText>

        {confirmDelete ? (
          <div className={styles.confirm} role="group" aria-label="Confirm deletion">
            <p>Delete this insight? The words stay in your entry; only the insight goes.</p>
            <div className="row">
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => void deleteInsight()}
                autoFocus
              >
                Yes, delete
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <div className={styles.actions}>
            <button type="submit" className="primary" disabled={busy}>
              {editing ? 'Save changes' : 'Save insight'}
            </button>
            <button type="button" onClick={() => finish({ action: 'cancelled' })}>
              Cancel
            </button>
            {editing && (
              <button
                type="button"
                className={`danger ${styles.delete}`}
                onClick={() => setConfirmDelete(true)}
              >
                Delete insight
              </button>
            )}
          </div>
        )}
      </form>
    </dialog>
  );
}

const withoutUndefined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

/** What is being described: the marked words, the words as they were, or the whole entry. */
function Passage({ target }: { target: InsightFormTarget }) {
  const quote = 'insight' in target ? target.insight.quote : target.quote;
  const removed = 'insight' in target && target.insight.passage === 'removed';
  if (!quote) return <p className="hint">About the whole entry, not one passage.</p>;
  return (
    <figure className={styles.passage}>
      <figcaption className="hint">
        {removed ? 'Passage removed from the entry. As it was marked:' : 'Marked passage'}
      </figcaption>
      <blockquote>{quote}</blockquote>
    </figure>
  );
}

function Choices<T extends string>({
  legend,
  name,
  labels,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  labels: Record<T, string>;
  value: T | '';
  onChange: (value: T | '') => void;
}) {
  const options = Object.entries(labels) as Array<[T, string]>;
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      <label className="check">
        <input type="radio" name={name} checked={value === ''} onChange={() => onChange('')} />
        Not sure
      </label>
      {options.map(([option, label]) => (
        <label key={option} className="check">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
