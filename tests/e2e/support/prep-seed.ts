import { addDays, format } from 'date-fns';
import type { JournalDocument } from '../../../shared/domain';
import { checkInOf } from './seed-therapy';

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

/** Words of a private entry that no printout may show, each found nowhere else. */
export const PRIVATE_WORDS = {
  title: 'Zephyrquokka',
  body: 'Marmalunkish',
  tag: 'vorpalgrin',
  note: 'Quibblethorn',
} as const;

export const SEEDED = {
  lastSession: day(-7),
  nextSession: day(3),
  breakthrough: 'It was never my job to keep everyone calm',
  smallWin: 'Said no to the Friday shift',
  quote: 'I said no and the world kept turning',
  homeworkOpen: 'Notice when I avoid calls',
  homeworkTried: 'Box breathing before meetings',
} as const;

/**
 * A fortnight of journal for the Prepare screen: a session a week ago with open and tried
 * homework, a next session in three days, two insights marked "bring to session" (one in an entry
 * shared as a summary, one in full), a self-check, and a private entry whose words must stay out.
 */
export function seedPrepJournal(doc: JournalDocument): void {
  const at = (date: string) => `${date}T09:00:00.000Z`;
  const entry = (
    id: string,
    date: string,
    title: string,
    shareLevel: 'private' | 'summary' | 'full',
    body: string,
    mood: number,
    tags: string[] = [],
  ) => ({
    id,
    date,
    createdAt: at(date),
    updatedAt: at(date),
    title,
    body,
    tags,
    shareLevel,
    mood,
  });
  doc.entries.push(
    entry('entry-1', day(-5), 'A long talk with my sister', 'summary', 'We spoke for hours.', 6),
    entry(
      'entry-2',
      day(-3),
      'Walk with Sam',
      'full',
      `<mark data-insight="insight-2">${SEEDED.quote}</mark>, which surprised me.`,
      7,
    ),
    entry(
      'entry-3',
      day(-2),
      `${PRIVATE_WORDS.title} evening`,
      'private',
      `${PRIVATE_WORDS.body} and more.`,
      3,
      [PRIVATE_WORDS.tag],
    ),
  );
  const insight = (
    id: string,
    entryId: string,
    kind: 'breakthrough' | 'small-win' | 'pattern',
    note: string,
    quote?: string,
  ) => ({
    id,
    entryId,
    kind,
    note,
    ...(quote ? { quote } : {}),
    intensity: 7,
    goalIds: [],
    bringToSession: true,
    createdAt: new Date().toISOString(),
  });
  doc.insights.push(
    insight('insight-1', 'entry-1', 'breakthrough', SEEDED.breakthrough),
    insight('insight-2', 'entry-2', 'small-win', SEEDED.smallWin, SEEDED.quote),
    insight('insight-3', 'entry-3', 'pattern', PRIVATE_WORDS.note),
  );
  doc.sessions.push({
    id: 'session-last',
    date: SEEDED.lastSession,
    durationMinutes: 50,
    prepNote: '',
    reflection: 'We talked about work.',
    homework: [
      { id: 'hw-1', text: SEEDED.homeworkOpen, status: 'open' },
      { id: 'hw-2', text: SEEDED.homeworkTried, status: 'tried' },
    ],
    discussedInsightIds: [],
  });
  doc.checkIns.push(
    checkInOf('check-1', day(-20), 'PHQ-9', 12),
    checkInOf('check-2', day(-1), 'PHQ-9', 7),
  );
  doc.settings.nextSessionDate = SEEDED.nextSession;
}
