import type { PrepView } from '../../../../shared/report/prep-channels';
import type { PrepDraft } from '../../../../shared/report/prep-draft';
import { prepDraftText } from '../../../../shared/report/prep-text';
import { mediumDate } from '../../lib/dates';
import type { Topic } from './topic-order';

/** The screen's fields: reopened from the saved note, or a fresh draft to edit. */
export interface PrepFormState {
  date: string;
  oneThing: string;
  topics: Topic[];
  aboutTherapy: string;
  draft: string;
}

export const freshDraftText = (draft: PrepDraft): string =>
  prepDraftText(draft, { formatDay: mediumDate });

export function initialPrepState(view: PrepView, newKey: () => string): PrepFormState {
  const fields = view.saved?.fields;
  const base = { date: view.date ?? '' };
  if (fields) {
    return {
      ...base,
      oneThing: fields.oneThing,
      topics: fields.topics.map((text) => ({ key: newKey(), text })),
      aboutTherapy: fields.aboutTherapy,
      draft: fields.draft,
    };
  }
  // A prep note written before this screen existed is kept whole, as the draft to edit.
  const draft = view.saved ? view.saved.prepNote : freshDraftText(view.draft);
  return { ...base, oneThing: '', topics: [], aboutTherapy: '', draft };
}

/** Whether the journal holds nothing the draft could gather for this period. */
export function isEmptyDraft(draft: PrepDraft): boolean {
  const { shows } = draft;
  return (
    shows.full + shows.summary + shows.privateLeftOut === 0 &&
    draft.bring.length === 0 &&
    draft.blockers.items.length === 0 &&
    draft.questions.items.length === 0 &&
    !draft.homework &&
    draft.checkIns.length === 0 &&
    draft.goalsTouched.items.length === 0 &&
    !draft.mood.now
  );
}
