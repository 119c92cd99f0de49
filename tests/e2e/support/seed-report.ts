import { format, subDays } from 'date-fns';
import type { Entry, JournalDocument } from '../../../shared/domain';
import { checkInOf, seedJournalWith } from './seed-therapy';

/*
 * A journal for the progress report's specs: one entry at each share level in the last 30 days,
 * each holding a word found nowhere else, a session with homework and a cost, self-checks and a
 * goal with a step done. A private entry's words and a summary entry's body may never reach the
 * preview; the full entry's title and quote must.
 */

export const WORDS = {
  fullTitle: 'Lighthouse walk at dawn',
  fullQuote: 'the fog lifted off the harbour',
  privateTitle: 'Zephyrinequill',
  privateBody: 'Obsidianfoxglove',
  privateTag: 'marrowbonelantern',
  privateNote: 'Quillwortemberly',
  summaryTitle: 'A quiet evening',
  summaryBody: 'Tamariskpennywhistle',
} as const;

const day = (daysAgo: number) => format(subDays(new Date(), daysAgo), 'yyyy-MM-dd');

function entry(
  id: string,
  daysAgo: number,
  shareLevel: Entry['shareLevel'],
  fields: Pick<Entry, 'title' | 'body' | 'tags'> & { mood: number },
): Entry {
  const date = day(daysAgo);
  return {
    id,
    date,
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
    shareLevel,
    ...fields,
  };
}

function fill(doc: JournalDocument): void {
  doc.entries.push(
    entry('report-full', 5, 'full', {
      title: WORDS.fullTitle,
      body: `Walking early, ${WORDS.fullQuote}.`,
      tags: ['walks'],
      mood: 7,
    }),
    entry('report-private', 4, 'private', {
      title: WORDS.privateTitle,
      body: WORDS.privateBody,
      tags: [WORDS.privateTag],
      mood: 3,
    }),
    entry('report-summary', 3, 'summary', {
      title: WORDS.summaryTitle,
      body: WORDS.summaryBody,
      tags: [],
      mood: 5,
    }),
  );
  const insight = (
    id: string,
    entryId: string,
    kind: 'breakthrough' | 'small-win',
    note: string,
    quote?: string,
  ) => ({
    id,
    entryId,
    kind,
    note,
    intensity: 6,
    goalIds: [],
    bringToSession: false,
    createdAt: new Date().toISOString(),
    ...(quote ? { quote } : {}),
  });
  doc.insights.push(
    insight(
      'report-i1',
      'report-full',
      'breakthrough',
      'I can start the day slowly.',
      WORDS.fullQuote,
    ),
    insight('report-i2', 'report-private', 'small-win', WORDS.privateNote),
    insight('report-i3', 'report-summary', 'small-win', 'Stayed in and rested.'),
  );
  doc.sessions.push({
    id: 'report-session',
    date: day(10),
    durationMinutes: 50,
    cost: { minorUnits: 9000, currency: 'EUR' },
    prepNote: '',
    reflection: '',
    homework: [
      { id: 'report-hw1', text: 'Walk twice', status: 'done' },
      { id: 'report-hw2', text: 'Write a list', status: 'open' },
    ],
    discussedInsightIds: [],
  });
  doc.goals.push({
    id: 'report-goal',
    title: 'Mornings that start gently',
    whatProgressLooksLike: 'I get up without dread most days.',
    status: 'active',
    steps: [
      {
        id: 'report-step',
        text: 'Alarm across the room',
        done: true,
        doneAt: new Date().toISOString(),
      },
    ],
    createdAt: `${day(40)}T09:00:00.000Z`,
  });
  doc.checkIns.push(
    checkInOf('report-c1', day(20), 'PHQ-9', 12),
    checkInOf('report-c2', day(2), 'PHQ-9', 7),
    checkInOf('report-c3', day(2), 'GAD-7', 6),
  );
}

/** Writes that journal into a data folder before the app starts. */
export const seedReportJournal = (dir: string) => seedJournalWith(dir, fill);
