import { randomUUID } from 'node:crypto';
import { addDays, format } from 'date-fns';
import type { Entry, Insight, JournalDocument, Session } from '../../shared/domain';
import { openTag, CLOSE_TAG } from '../../shared/insight-marks';
import { checkInOf } from '../e2e/support/seed-therapy';

/*
 * A made-up journal of twelve weeks in therapy, for the README's screenshots: dates are relative
 * to today, so "since the last session" always has something in it. Nothing here is anyone's.
 */

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');
const at = (offset: number, time = '20:15') => new Date(`${day(offset)}T${time}:00`).toISOString();

interface DemoEntry {
  offset: number;
  title: string;
  body: string;
  mood: number;
  tags: string[];
  shareLevel: Entry['shareLevel'];
  insights?: Array<Omit<Insight, 'id' | 'entryId' | 'createdAt' | 'goalIds'> & { goal?: number }>;
}

const ENTRIES: DemoEntry[] = [
  {
    offset: -80,
    title: 'First week',
    body: 'Told her about the tiredness. Felt strange saying it out loud.',
    mood: 3,
    tags: ['work'],
    shareLevel: 'summary',
  },
  {
    offset: -74,
    title: 'Sunday dread',
    body: 'The usual Sunday knot in my stomach.',
    mood: 3,
    tags: ['work'],
    shareLevel: 'private',
  },
  {
    offset: -66,
    title: 'Walked home the long way',
    body: 'Twenty minutes without my phone.',
    mood: 5,
    tags: ['walking'],
    shareLevel: 'full',
    insights: [
      {
        kind: 'small-win',
        note: 'A walk without the phone, and I noticed the trees.',
        intensity: 4,
        bringToSession: false,
      },
    ],
  },
  {
    offset: -58,
    title: 'Why I apologise',
    body: 'I said sorry three times in a meeting where I had done nothing wrong.',
    mood: 4,
    tags: ['work', 'patterns'],
    shareLevel: 'full',
    insights: [
      {
        kind: 'pattern',
        note: 'I apologise before anyone is upset, to get ahead of it.',
        intensity: 6,
        bringToSession: false,
        goal: 0,
      },
    ],
  },
  {
    offset: -50,
    title: 'Mum called',
    body: 'Old arguments, new ears.',
    mood: 4,
    tags: ['family'],
    shareLevel: 'private',
  },
  {
    offset: -44,
    title: 'Said no to the extra project',
    body: 'My hands shook, and then it was fine.',
    mood: 6,
    tags: ['work'],
    shareLevel: 'full',
    insights: [
      {
        kind: 'breakthrough',
        note: 'Saying no did not end anything. Nobody was angry.',
        quote: 'My hands shook, and then it was fine.',
        intensity: 8,
        arrival: 'visceral',
        tone: 'hopeful',
        bringToSession: false,
        goal: 0,
      },
    ],
  },
  {
    offset: -36,
    title: 'Slept badly',
    body: 'Woke at four again.',
    mood: 4,
    tags: ['sleep'],
    shareLevel: 'summary',
  },
  {
    offset: -30,
    title: 'Breathing before the call',
    body: 'Box breathing before the call with my manager.',
    mood: 6,
    tags: ['work', 'coping'],
    shareLevel: 'full',
    insights: [
      {
        kind: 'coping-skill',
        note: 'Four counts in, four hold, four out: it took the edge off.',
        intensity: 5,
        bringToSession: false,
        goal: 1,
      },
    ],
  },
  {
    offset: -22,
    title: 'A quieter week',
    body: 'Nothing big. That is new.',
    mood: 6,
    tags: [],
    shareLevel: 'summary',
  },
  {
    offset: -16,
    title: 'Avoided the conversation',
    body: 'I changed the subject when she asked about my brother.',
    mood: 5,
    tags: ['family'],
    shareLevel: 'summary',
    insights: [
      {
        kind: 'blocker',
        note: 'I keep steering away from my brother.',
        intensity: 6,
        defence: 'avoidance',
        bringToSession: true,
      },
    ],
  },
  {
    offset: -11,
    title: 'Lunch with Sam',
    body: 'Laughed properly for the first time in weeks.',
    mood: 7,
    tags: ['friends'],
    shareLevel: 'full',
    insights: [
      {
        kind: 'small-win',
        note: 'Asked Sam to lunch instead of waiting to be asked.',
        intensity: 5,
        bringToSession: true,
        goal: 1,
      },
    ],
  },
  {
    offset: -9,
    title: 'The perfect email',
    body: 'Rewrote one email for forty minutes.',
    mood: 5,
    tags: ['work', 'patterns'],
    shareLevel: 'full',
    insights: [
      {
        kind: 'breakthrough',
        note: 'The forty minutes were about being liked, not about the email.',
        quote: 'Rewrote one email for forty minutes.',
        intensity: 7,
        arrival: 'cognitive',
        tone: 'uncomfortable',
        bringToSession: true,
        goal: 0,
      },
    ],
  },
  {
    offset: -7,
    title: 'Letter I will not send',
    body: 'Wrote to my brother. Kept it.',
    mood: 4,
    tags: ['family'],
    shareLevel: 'private',
    insights: [{ kind: 'pattern', note: 'Private.', intensity: 7, bringToSession: false }],
  },
  {
    offset: -5,
    title: 'Homework: one unplanned evening',
    body: 'Left Thursday empty on purpose.',
    mood: 6,
    tags: ['homework'],
    shareLevel: 'summary',
  },
  {
    offset: -3,
    title: 'Questions for Thursday',
    body: 'Two things I keep circling.',
    mood: 6,
    tags: [],
    shareLevel: 'full',
    insights: [
      {
        kind: 'question',
        note: 'Is the tiredness the mood, or the job?',
        intensity: 3,
        bringToSession: true,
      },
    ],
  },
  {
    offset: -1,
    title: 'Calmer than I expected',
    body: 'A good day at work.',
    mood: 7,
    tags: ['work'],
    shareLevel: 'summary',
  },
];

/** Fills a fresh document with the demo journal; the next session is in three days. */
export function fillDemoJournal(doc: JournalDocument): void {
  doc.settings.currency = 'EUR';
  doc.settings.nextSessionDate = day(3);
  const goals = [
    {
      id: randomUUID(),
      title: 'Say no without apologising',
      whatProgressLooksLike: 'I can turn down extra work and not apologise for it twice.',
      status: 'active' as const,
      steps: [
        { id: randomUUID(), text: 'Notice each apology in a day', done: true, doneAt: at(-60) },
        { id: randomUUID(), text: 'Say no to one request', done: true, doneAt: at(-44) },
        { id: randomUUID(), text: 'Say no in a meeting', done: false },
      ],
      createdAt: at(-82),
    },
    {
      id: randomUUID(),
      title: 'Less alone with it',
      whatProgressLooksLike: 'I see a friend most weeks and tell one person how I really am.',
      status: 'active' as const,
      steps: [
        { id: randomUUID(), text: 'Reply to Sam', done: true, doneAt: at(-12) },
        { id: randomUUID(), text: 'Tell one person how I am', done: false },
      ],
      createdAt: at(-82),
    },
  ];
  doc.goals.push(...goals);
  for (const plan of ENTRIES) {
    const id = randomUUID();
    const insights: Insight[] = (plan.insights ?? []).map(({ goal, ...insight }) => ({
      ...insight,
      id: randomUUID(),
      entryId: id,
      goalIds: goal === undefined ? [] : [goals[goal]!.id],
      createdAt: at(plan.offset, '21:00'),
    }));
    const quoted = insights.find((insight) => insight.quote);
    const body = quoted
      ? plan.body.replace(quoted.quote!, `${openTag(quoted.id)}${quoted.quote}${CLOSE_TAG}`)
      : plan.body;
    doc.entries.push({
      id,
      date: day(plan.offset),
      createdAt: at(plan.offset),
      updatedAt: at(plan.offset),
      title: plan.title,
      body,
      mood: plan.mood,
      tags: plan.tags,
      shareLevel: plan.shareLevel,
    });
    doc.insights.push(...insights);
  }
  const sessions: Session[] = [-82, -68, -54, -40, -26, -12].map((offset, n) => ({
    id: randomUUID(),
    date: day(offset),
    durationMinutes: 50,
    cost: { minorUnits: 9000, currency: 'EUR' },
    therapist: 'Dr. Ines Moreau',
    prepNote: '',
    reflection: '',
    homework:
      n === 5
        ? [
            { id: randomUUID(), text: 'Leave one evening unplanned', status: 'done' as const },
            {
              id: randomUUID(),
              text: 'Write down three apologies a day',
              status: 'tried' as const,
            },
            { id: randomUUID(), text: 'Call my brother', status: 'open' as const },
          ]
        : [{ id: randomUUID(), text: 'Notice the Sunday knot', status: 'done' as const }],
    discussedInsightIds: [],
  }));
  doc.sessions.push(...sessions);
  doc.checkIns.push(
    checkInOf(randomUUID(), day(-81), 'PHQ-9', 14),
    checkInOf(randomUUID(), day(-81), 'GAD-7', 12),
    checkInOf(randomUUID(), day(-53), 'PHQ-9', 11),
    checkInOf(randomUUID(), day(-53), 'GAD-7', 10),
    checkInOf(randomUUID(), day(-25), 'PHQ-9', 8),
    checkInOf(randomUUID(), day(-25), 'GAD-7', 7),
    checkInOf(randomUUID(), day(-2), 'PHQ-9', 7),
    checkInOf(randomUUID(), day(-2), 'GAD-7', 6),
  );
}
