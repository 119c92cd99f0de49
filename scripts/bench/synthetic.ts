import { emptyDocument } from '../../shared/domain';
import type {
  Entry,
  HomeworkStatus,
  Insight,
  InsightKind,
  JournalDocument,
} from '../../shared/domain';
import { CLOSE_TAG, openTag } from '../../shared/insight-marks';
import { bandOf, scoreOf } from '../../shared/therapy/instruments';

const WORDS =
  'today I noticed that when my manager raised her voice I went quiet again and only later felt the anger settle in my chest like it used to at home we talked about this pattern last week'.split(
    ' ',
  );

/** Deterministic pseudo-random text so every run measures the same bytes. */
function makeText(seed: number, bytes: number): string {
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  let length = 0;
  while (length < bytes) {
    x = (x * 1103515245 + 12345) >>> 0;
    const word = WORDS[x % WORDS.length] ?? 'word';
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

/** A journal of `count` entries of about `entryBytes` bytes each (body plus metadata). */
export function syntheticDocument(count = 10_000, entryBytes = 2_048): JournalDocument {
  const doc = emptyDocument();
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < count; i++) {
    const created = new Date(start + i * 3_600_000 * 7).toISOString();
    const entry: Entry = {
      id: `entry-${i.toString(36).padStart(8, '0')}-${(i * 7919).toString(16)}`,
      date: created.slice(0, 10),
      createdAt: created,
      updatedAt: created,
      title: makeText(i + 1, 40),
      body: makeText(i + 100_000, entryBytes - 300),
      mood: (i % 10) + 1,
      tags: ['work', 'family', 'sleep'].slice(0, (i % 3) + 1),
      shareLevel: i % 3 === 0 ? 'private' : i % 3 === 1 ? 'summary' : 'full',
    };
    doc.entries.push(entry);
  }
  return doc;
}

/** How many therapy records the therapy section's fixture holds (issue 9's figures). */
export const THERAPY_COUNTS = { insights: 3_000, goals: 50, sessions: 150, checkIns: 100 } as const;

const KINDS: InsightKind[] = [
  'breakthrough',
  'pattern',
  'small-win',
  'coping-skill',
  'setback',
  'blocker',
  'question',
];
const HOMEWORK: HomeworkStatus[] = ['open', 'tried', 'done', 'skipped'];

/** About how long a marked passage is, in characters (it ends at the next word's end). */
const PASSAGE_CHARS = 80;

/**
 * Marks a passage of `entry`'s body for insight `id`, as marking one in the editor does, and
 * returns the passage's words (the insight's quote). The passage starts at a word chosen from
 * `seed`, after any mark already there, runs whole words and holds no `<` or line end, so it is
 * a mark by the one definition (shared/insight-marks.ts). Undefined when no room is left.
 */
function markPassage(entry: Entry, id: string, seed: number): string | undefined {
  const { body } = entry;
  const lastMark = body.lastIndexOf(CLOSE_TAG);
  const after = lastMark === -1 ? 0 : lastMark + CLOSE_TAG.length;
  const span = Math.max(1, body.length - after - PASSAGE_CHARS * 2);
  const space = body.indexOf(' ', after + ((seed * 7919) % span));
  if (space === -1) return undefined;
  const start = space + 1;
  const endSpace = body.indexOf(' ', start + PASSAGE_CHARS);
  const end = endSpace === -1 ? body.length : endSpace;
  if (end <= start) return undefined;
  const passage = body.slice(start, end);
  entry.body = `${body.slice(0, start)}${openTag(id)}${passage}${CLOSE_TAG}${body.slice(end)}`;
  return passage;
}

/**
 * Adds the therapy layer to a synthetic journal, deterministically and spread over the same
 * years as its entries: insights on every few entries, goals with steps done, a session about
 * every three weeks (most in EUR, some in USD), monthly check-ins, and a thought record on every
 * twentieth entry. Every record is valid under the document's schema.
 *
 * Four insights in five quote a passage marked in their entry's body
 * (`<mark data-insight="ID">…</mark>`), so listing them checks the passage as in real use
 * (`passage: 'marked'`); the fifth quotes words no longer in the body (`passage: 'removed'`).
 */
export function withTherapy(doc: JournalDocument): JournalDocument {
  const { entries } = doc;
  const first = Date.parse(`${entries[0]!.date}T12:00:00Z`);
  const last = Date.parse(`${entries.at(-1)!.date}T12:00:00Z`);
  const at = (i: number, count: number) => new Date(first + ((last - first) * i) / count);
  const dayOf = (date: Date) => date.toISOString().slice(0, 10);

  for (let i = 0; i < entries.length; i += 20) {
    entries[i]!.thoughtRecord = {
      emotions: [
        { name: 'Anxious', before: 60 + (i % 40), after: 20 + (i % 30) },
        { name: 'Ashamed', before: 50 + (i % 30), ...(i % 40 === 0 ? {} : { after: 40 }) },
      ],
    };
  }
  for (let i = 0; i < THERAPY_COUNTS.goals; i++) {
    const created = at(i, THERAPY_COUNTS.goals * 2);
    doc.goals.push({
      id: `goal-${i}`,
      title: makeText(i + 500_000, 30),
      whatProgressLooksLike: makeText(i + 600_000, 120),
      status: i % 5 === 0 ? 'achieved' : i % 7 === 0 ? 'paused' : 'active',
      steps: Array.from({ length: 6 }, (_, s) => {
        const done = (i + s) % 3 !== 0;
        return {
          id: `goal-${i}-step-${s}`,
          text: makeText(i * 10 + s + 700_000, 30),
          done,
          ...(done ? { doneAt: at(i * 6 + s, THERAPY_COUNTS.goals * 6).toISOString() } : {}),
        };
      }),
      createdAt: created.toISOString(),
      ...(i % 5 === 0 ? { achievedAt: at(i + 1, THERAPY_COUNTS.goals).toISOString() } : {}),
    });
  }
  for (let i = 0; i < THERAPY_COUNTS.insights; i++) {
    const entry = entries[Math.floor((i * entries.length) / THERAPY_COUNTS.insights)]!;
    const kind = KINDS[i % KINDS.length]!;
    const id = `insight-${i}`;
    const insight: Insight = {
      id,
      entryId: entry.id,
      quote:
        (i % 5 === 4 ? undefined : markPassage(entry, id, i)) ??
        makeText(i + 800_000, PASSAGE_CHARS),
      note: makeText(i + 900_000, 60),
      kind,
      intensity: i % 11,
      goalIds: i % 3 === 0 ? [`goal-${i % THERAPY_COUNTS.goals}`] : [],
      bringToSession: i % 4 === 0,
      createdAt: entry.createdAt,
    };
    if (kind === 'breakthrough') {
      insight.arrival = i % 2 === 0 ? 'cognitive' : 'visceral';
      insight.tone = i % 3 === 0 ? 'uncomfortable' : 'hopeful';
    }
    if (kind === 'blocker') insight.defence = 'avoidance';
    doc.insights.push(insight);
  }
  for (let i = 0; i < THERAPY_COUNTS.sessions; i++) {
    doc.sessions.push({
      id: `session-${i}`,
      date: dayOf(at(i, THERAPY_COUNTS.sessions)),
      durationMinutes: 50 + (i % 3) * 10,
      cost:
        i % 10 === 0
          ? { minorUnits: 12_000, currency: 'USD' }
          : { minorUnits: 9_000, currency: 'EUR' },
      therapist: 'Dr Example',
      prepNote: makeText(i + 1_000_000, 200),
      reflection: makeText(i + 1_100_000, 400),
      homework: Array.from({ length: i % 4 }, (_, h) => ({
        id: `session-${i}-homework-${h}`,
        text: makeText(i * 10 + h + 1_200_000, 40),
        status: HOMEWORK[(i + h) % HOMEWORK.length]!,
      })),
      discussedInsightIds: [],
    });
  }
  for (let i = 0; i < THERAPY_COUNTS.checkIns; i++) {
    const instrument = i % 2 === 0 ? 'PHQ-9' : 'GAD-7';
    const answers = Array.from({ length: instrument === 'PHQ-9' ? 9 : 7 }, (_, q) => (i + q) % 4);
    const score = scoreOf(instrument, answers);
    doc.checkIns.push({
      id: `check-in-${i}`,
      date: dayOf(at(i, THERAPY_COUNTS.checkIns)),
      instrument,
      answers,
      score,
      band: bandOf(instrument, score),
      difficulty: i % 4,
    });
  }
  return doc;
}
