import { emptyDocument } from '../../../shared/domain';
import type {
  CheckIn,
  Entry,
  Goal,
  Insight,
  JournalDocument,
  Session,
  ShareLevel,
} from '../../../shared/domain';
import { bandOf } from '../../../shared/therapy/instruments';

/*
 * Hand-built journals for the report model's tests: each builder fills in what a test does not
 * care about, so a test states only the fields its expected output depends on.
 */

let ids = 0;
const nextId = (prefix: string) =>
  `${prefix.padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${(++ids).toString(16).padStart(12, '0')}`;

export function entry(
  date: string,
  level: ShareLevel,
  fields: Partial<Pick<Entry, 'title' | 'body' | 'mood' | 'tags' | 'deletedAt'>> = {},
): Entry {
  return {
    id: nextId('e'),
    date,
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
    title: fields.title ?? `Entry of ${date}`,
    body: fields.body ?? 'Some words.',
    tags: fields.tags ?? [],
    shareLevel: level,
    ...(fields.mood === undefined ? {} : { mood: fields.mood }),
    ...(fields.deletedAt === undefined ? {} : { deletedAt: fields.deletedAt }),
  };
}

export function insight(
  of: Entry,
  kind: Insight['kind'],
  fields: Partial<Pick<Insight, 'note' | 'quote' | 'arrival' | 'tone'>> = {},
): Insight {
  return {
    id: nextId('i'),
    entryId: of.id,
    kind,
    note: fields.note ?? `A ${kind}`,
    intensity: 5,
    goalIds: [],
    bringToSession: false,
    createdAt: `${of.date}T12:00:00.000Z`,
    ...(fields.quote === undefined ? {} : { quote: fields.quote }),
    ...(fields.arrival === undefined ? {} : { arrival: fields.arrival }),
    ...(fields.tone === undefined ? {} : { tone: fields.tone }),
  };
}

export function session(
  date: string,
  fields: Partial<Pick<Session, 'durationMinutes' | 'cost' | 'homework'>> = {},
): Session {
  return {
    id: nextId('s'),
    date,
    durationMinutes: fields.durationMinutes ?? 50,
    prepNote: '',
    reflection: '',
    homework: fields.homework ?? [],
    discussedInsightIds: [],
    ...(fields.cost === undefined ? {} : { cost: fields.cost }),
  };
}

export function homework(status: Session['homework'][number]['status'], text = 'Practise') {
  return { id: nextId('h'), text, status };
}

export function checkIn(date: string, instrument: CheckIn['instrument'], score: number): CheckIn {
  const count = instrument === 'PHQ-9' ? 9 : 7;
  // Any answers that sum to the score: the report reads the score and band only.
  const answers = Array.from({ length: count }, (_, i) => Math.max(0, Math.min(3, score - 3 * i)));
  return {
    id: nextId('c'),
    date,
    instrument,
    answers,
    score,
    band: bandOf(instrument, score),
    createdAt: `${date}T08:00:00.000Z`,
  };
}

export function goal(fields: Partial<Goal> & Pick<Goal, 'title'>): Goal {
  return {
    id: nextId('g'),
    whatProgressLooksLike: '',
    status: 'active',
    steps: [],
    createdAt: '2024-01-01T09:00:00.000Z',
    ...fields,
  };
}

export function step(text: string, doneAt?: string) {
  return { id: nextId('t'), text, done: doneAt !== undefined, ...(doneAt ? { doneAt } : {}) };
}

export function journal(parts: {
  entries?: Entry[];
  insights?: Insight[];
  sessions?: Session[];
  checkIns?: CheckIn[];
  goals?: Goal[];
}): JournalDocument {
  const doc = emptyDocument();
  doc.entries.push(...(parts.entries ?? []));
  doc.insights.push(...(parts.insights ?? []));
  doc.sessions.push(...(parts.sessions ?? []));
  doc.checkIns.push(...(parts.checkIns ?? []));
  doc.goals.push(...(parts.goals ?? []));
  return doc;
}
