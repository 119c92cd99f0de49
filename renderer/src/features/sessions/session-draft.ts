import type { HomeworkStatus, Session } from '../../../../shared/domain/records';
import { localDaySchema } from '../../../../shared/domain/primitives';
import { minorUnitsToInput, parseMoney } from '../../../../shared/therapy/money';
import type { CreateSession } from '../../../../shared/therapy/therapy-contract';

/** A homework item as the form holds it; `key` names the row, `id` the stored item if any. */
export interface HomeworkDraft {
  key: string;
  id?: string;
  text: string;
  status: HomeworkStatus;
  note: string;
}

/** The session form's fields, as typed. */
export interface SessionDraft {
  date: string;
  duration: string;
  cost: string;
  currency: string;
  therapist: string;
  reflection: string;
  homework: HomeworkDraft[];
  discussed: string[];
}

export type DraftField = 'date' | 'duration' | 'cost' | `homework-${number}`;
export type DraftProblems = Partial<Record<DraftField, string>>;

/** What the form sends: a whole session, with `cost: null` when there is none. */
export type SessionValues = Omit<CreateSession, 'cost'> & {
  cost: { minorUnits: number; currency: string } | null;
};

let rows = 0;
export const newHomeworkRow = (): HomeworkDraft => ({
  key: `new-${++rows}`,
  text: '',
  status: 'open',
  note: '',
});

export function draftOf(
  session: Session | undefined,
  defaults: { date: string; currency: string },
): SessionDraft {
  if (!session) {
    return {
      date: defaults.date,
      duration: '50',
      cost: '',
      currency: defaults.currency,
      therapist: '',
      reflection: '',
      homework: [],
      discussed: [],
    };
  }
  return {
    date: session.date,
    duration: String(session.durationMinutes),
    cost: session.cost ? minorUnitsToInput(session.cost.minorUnits, session.cost.currency) : '',
    currency: session.cost?.currency ?? defaults.currency,
    therapist: session.therapist ?? '',
    reflection: session.reflection,
    homework: session.homework.map((item) => ({
      key: item.id,
      id: item.id,
      text: item.text,
      status: item.status,
      note: item.note ?? '',
    })),
    discussed: [...session.discussedInsightIds],
  };
}

/**
 * Checks the draft and turns it into what is sent, or says what to fix, field by field. Homework
 * rows left entirely empty are dropped; a note without its homework is not.
 */
export function readDraft(
  draft: SessionDraft,
): { ok: true; values: SessionValues } | { ok: false; problems: DraftProblems } {
  const problems: DraftProblems = {};
  if (!localDaySchema.safeParse(draft.date).success)
    problems.date = 'Choose the day of the session.';
  const minutes = Number(draft.duration.trim());
  if (!/^\d+$/.test(draft.duration.trim()) || minutes < 1 || minutes > 1440) {
    problems.duration = 'Write the length in whole minutes, from 1 to 1440.';
  }
  let cost: SessionValues['cost'] = null;
  if (draft.cost.trim()) {
    const parsed = parseMoney(draft.cost, draft.currency);
    if (parsed.ok) cost = { minorUnits: parsed.minorUnits, currency: draft.currency };
    else problems.cost = parsed.message;
  }
  const homework: SessionValues['homework'] = [];
  draft.homework.forEach((item, i) => {
    if (!item.text.trim() && !item.note.trim()) return;
    if (!item.text.trim()) {
      problems[`homework-${i}`] = 'Write what the homework is, or remove it.';
      return;
    }
    homework.push({
      ...(item.id ? { id: item.id } : {}),
      text: item.text,
      status: item.status,
      ...(item.note.trim() ? { note: item.note } : {}),
    });
  });
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    values: {
      date: draft.date,
      durationMinutes: minutes,
      cost,
      therapist: draft.therapist,
      reflection: draft.reflection,
      homework,
      discussedInsightIds: draft.discussed,
    },
  };
}
