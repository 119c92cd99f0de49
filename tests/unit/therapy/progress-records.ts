import { emptyDocument } from '../../../shared/domain';
import type {
  CheckIn,
  Entry,
  Goal,
  HomeworkStatus,
  Insight,
  InsightKind,
  JournalDocument,
  Session,
} from '../../../shared/domain';
import { bandOf, scoreOf } from '../../../shared/therapy/instruments';

/** Small valid records for the Progress figures' tests, each with only what a test sets. */

let ids = 0;
const nextId = (prefix: string) => `${prefix}-${++ids}`;

export const journal = (): JournalDocument => emptyDocument();

export function entry(date: string, extra: Partial<Entry> = {}): Entry {
  return {
    id: nextId('entry'),
    date,
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
    title: '',
    body: 'words',
    tags: [],
    shareLevel: 'private',
    ...extra,
  };
}

export function insight(
  entryId: string,
  kind: InsightKind,
  createdAt = '2024-01-01T10:00:00.000Z',
): Insight {
  return {
    id: nextId('insight'),
    entryId,
    note: '',
    kind,
    intensity: 5,
    goalIds: [],
    bringToSession: false,
    createdAt,
  };
}

export function session(
  date: string,
  durationMinutes: number,
  cost?: { minorUnits: number; currency: string },
  homework: HomeworkStatus[] = [],
): Session {
  return {
    id: nextId('session'),
    date,
    durationMinutes,
    ...(cost ? { cost } : {}),
    prepNote: '',
    reflection: '',
    homework: homework.map((status) => ({ id: nextId('homework'), text: 'try it', status })),
    discussedInsightIds: [],
  };
}

export function goal(steps: Array<{ done: boolean; doneAt?: string }>, achievedAt?: string): Goal {
  return {
    id: nextId('goal'),
    title: 'Speak up at work',
    whatProgressLooksLike: 'I say what I think in meetings.',
    status: achievedAt ? 'achieved' : 'active',
    steps: steps.map((step) => ({ id: nextId('step'), text: 'a step', ...step })),
    createdAt: '2023-01-01T09:00:00.000Z',
    ...(achievedAt ? { achievedAt } : {}),
  };
}

/** A check-in whose answers add up to `score` (as many 3s as fit, then the rest). */
export function checkIn(
  date: string,
  instrument: CheckIn['instrument'],
  score: number,
  createdAt?: string,
): CheckIn {
  const count = instrument === 'PHQ-9' ? 9 : 7;
  const answers = Array.from({ length: count }, (_, i) => Math.max(0, Math.min(3, score - i * 3)));
  const sum = scoreOf(instrument, answers);
  return {
    id: nextId('check-in'),
    date,
    instrument,
    answers,
    score: sum,
    band: bandOf(instrument, sum),
    ...(createdAt ? { createdAt } : {}),
  };
}
