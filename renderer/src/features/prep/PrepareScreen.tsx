import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { localDaySchema } from '../../../../shared/domain/primitives';
import type { PrepView } from '../../../../shared/report/prep-channels';
import { prepNoteMarkdown, PREP_HEADINGS } from '../../../../shared/report/prep-note';
import { longDay, mediumDate, today } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { sessionPath } from '../sessions/session-format';
import fields from '../sessions/Fields.module.css';
import { NotePreview } from './NotePreview';
import { freshDraftText, initialPrepState, isEmptyDraft } from './prep-state';
import type { PrepFormState } from './prep-state';
import { usePrepDraft, useSavePrep } from './queries';
import { SavedElsewhere } from './SavedElsewhere';
import { TopicList } from './TopicList';
import styles from './PrepareScreen.module.css';

const TITLE = 'Prepare for session';

/** `/prepare`, or `/prepare?date=YYYY-MM-DD` to reopen the note of the session on that day. */
export function PrepareScreen() {
  const [params] = useSearchParams();
  const asked = params.get('date') ?? '';
  const date = localDaySchema.safeParse(asked).success ? asked : undefined;
  // One mount per day asked for, so each reads its draft afresh (see below).
  return <PrepareLoader key={date ?? ''} date={date} />;
}

function PrepareLoader({ date }: { date: string | undefined }) {
  const view = usePrepDraft(date);
  // The form starts from an answer read now: a cached one may predate entries written since.
  if (!view.data || !view.isFetchedAfterMount) {
    return (
      <Page title={TITLE}>
        <ErrorText>{view.error && messageOf(view.error)}</ErrorText>
      </Page>
    );
  }
  return <PrepareForm view={view.data} />;
}

function PrepareForm({ view }: { view: PrepView }) {
  const keys = useRef(0);
  const newKey = () => `topic-${++keys.current}`;
  const [form, setForm] = useState<PrepFormState>(() => initialPrepState(view, newKey));
  const [refilling, setRefilling] = useState(false);
  const [said, setSaid] = useState<{ text: string; sessionId?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The day whose note this screen holds: the one it opened, then the one last saved.
  const [ownDate, setOwnDate] = useState(view.saved?.date ?? view.date);
  const save = useSavePrep();
  const { draft } = view;
  const fresh = freshDraftText(draft);
  const set = (patch: Partial<PrepFormState>) => setForm((f) => ({ ...f, ...patch }));
  const note = prepNoteMarkdown({
    oneThing: form.oneThing,
    topics: form.topics.map((t) => t.text),
    aboutTherapy: form.aboutTherapy,
    draft: form.draft,
  });
  const since = draft.period.lastSession
    ? `since your session on ${longDay(draft.period.lastSession.date)}`
    : 'in the last 14 days';

  async function submit() {
    setError(null);
    setSaid(null);
    if (!localDaySchema.safeParse(form.date).success) {
      setError('Choose the day of the session this note is for.');
      return;
    }
    try {
      const saved = await save.mutateAsync({
        date: form.date,
        oneThing: form.oneThing,
        topics: form.topics.map((t) => t.text),
        aboutTherapy: form.aboutTherapy,
        draft: form.draft,
      });
      setOwnDate(saved.date);
      setSaid({
        text: `Saved. Prep note for the session on ${longDay(saved.date)}.`,
        sessionId: saved.sessionId,
      });
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <Page title={TITLE}>
      {isEmptyDraft(draft) && !view.saved ? (
        <p className={styles.intro}>
          This screen gathers a note to take to your next session: what happened since the last one,
          insights you marked “bring to session”, homework and how your mood went. Nothing to draft
          from {since} yet, but you can still write what you want to bring below.
        </p>
      ) : (
        <p className={styles.intro}>
          A note for your next session, drafted from your journal {since}. Private entries stay out
          of it; change anything before you save.
        </p>
      )}
      {view.saved && (
        <p className="banner">
          You are changing the prep note saved for the session on {longDay(view.saved.date)}.
        </p>
      )}

      <form
        className={`stack ${styles.form}`}
        aria-label="Prep note"
        // The page says why a date is refused; the browser's own bubble would not be announced.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor="prep-one-thing">{PREP_HEADINGS.oneThing}</label>
          <textarea
            id="prep-one-thing"
            rows={2}
            maxLength={1000}
            value={form.oneThing}
            onChange={(e) => set({ oneThing: e.target.value })}
          />
        </div>

        <TopicList topics={form.topics} onChange={(topics) => set({ topics })} newKey={newKey} />

        <div className="field">
          <label htmlFor="prep-draft">From your journal</label>
          <p className="hint" id="prep-draft-hint">
            Drafted for you in Markdown: edit, shorten or add to it. It prints as it reads here.
          </p>
          <textarea
            id="prep-draft"
            className={styles.draft}
            rows={16}
            value={form.draft}
            aria-describedby="prep-draft-hint"
            onChange={(e) => set({ draft: e.target.value })}
          />
          {!refilling && form.draft !== fresh && (
            <div className="row">
              <button type="button" className="quiet" onClick={() => setRefilling(true)}>
                Draft again from the journal
              </button>
            </div>
          )}
          {refilling && (
            <ConfirmPanel
              question="Replace what is in “From your journal” with a fresh draft? Your other fields stay as they are."
              confirmLabel="Yes, draft again"
              busy={false}
              onConfirm={() => {
                set({ draft: fresh });
                setRefilling(false);
              }}
              onCancel={() => setRefilling(false)}
            />
          )}
        </div>

        <div className="field">
          <label htmlFor="prep-about-therapy">{PREP_HEADINGS.aboutTherapy}</label>
          <textarea
            id="prep-about-therapy"
            rows={3}
            value={form.aboutTherapy}
            onChange={(e) => set({ aboutTherapy: e.target.value })}
          />
        </div>

        <div className={`row ${styles.saveRow}`}>
          <div className="field">
            <label htmlFor="prep-date">Session date</label>
            <input
              id="prep-date"
              type="date"
              className={fields.input}
              min={today()}
              value={form.date}
              onChange={(e) => set({ date: e.target.value })}
            />
          </div>
          <button type="submit" className="primary" disabled={save.isPending}>
            Save as prep note
          </button>
        </div>
        <SavedElsewhere date={form.date} current={ownDate} />
        <ErrorText>{error}</ErrorText>
        <p role="status" className={styles.said}>
          {said?.text}{' '}
          {said?.sessionId && <Link to={sessionPath(said.sessionId)}>Open the session</Link>}
        </p>
      </form>

      <NotePreview
        title={
          form.date && localDaySchema.safeParse(form.date).success
            ? `Prep note for the session on ${mediumDate(form.date)}`
            : 'Prep note'
        }
        markdown={note}
        shows={draft.shows}
      />
    </Page>
  );
}
