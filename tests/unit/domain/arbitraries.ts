import fc from 'fast-check';
import type {
  CheckIn,
  CustomPrompt,
  Entry,
  Goal,
  Insight,
  JournalDocument,
  Session,
  Settings,
} from '../../../shared/domain';
import { REPORT_SECTIONS } from '../../../shared/domain/settings';
import { bandOf, scoreOf } from '../../../shared/therapy/instruments';

// Any Unicode, lone surrogates included: the vault must round-trip whatever a person pastes.
const text = (maxLength = 200) => fc.string({ unit: 'binary', maxLength });
const id = fc.string({ minLength: 1, maxLength: 64 });
const instant = fc.date({
  min: new Date('1970-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const timestamp = instant.map((d) => d.toISOString());
const localDay = instant.map((d) => d.toISOString().slice(0, 10));

export const entry: fc.Arbitrary<Entry> = fc.record(
  {
    id,
    date: localDay,
    createdAt: timestamp,
    updatedAt: timestamp,
    title: text(100),
    body: text(2_000),
    mood: fc.integer({ min: 1, max: 10 }),
    tags: fc.array(fc.string({ minLength: 1, maxLength: 64 }), { maxLength: 5 }),
    shareLevel: fc.constantFrom('private', 'summary', 'full'),
    promptId: id,
    deletedAt: timestamp,
    thoughtRecord: fc.record({
      emotions: fc.array(
        fc.record(
          {
            name: fc.string({ minLength: 1, maxLength: 100 }),
            before: fc.integer({ min: 0, max: 100 }),
            after: fc.integer({ min: 0, max: 100 }),
          },
          { requiredKeys: ['name', 'before'] },
        ),
        { maxLength: 4 },
      ),
    }),
  },
  { requiredKeys: ['id', 'date', 'createdAt', 'updatedAt', 'title', 'body', 'tags', 'shareLevel'] },
);

const insightBase = {
  id,
  entryId: id,
  quote: text(),
  note: text(),
  intensity: fc.integer({ min: 0, max: 10 }),
  goalIds: fc.array(id, { maxLength: 3 }),
  bringToSession: fc.boolean(),
  discussedInSessionId: id,
  createdAt: timestamp,
};
const insightRequired = [
  'id',
  'entryId',
  'note',
  'kind',
  'intensity',
  'goalIds',
  'bringToSession',
  'createdAt',
] as const;

const insight: fc.Arbitrary<Insight> = fc.oneof(
  fc.record(
    {
      ...insightBase,
      kind: fc.constant('breakthrough' as const),
      arrival: fc.constantFrom('cognitive', 'visceral'),
      tone: fc.constantFrom('hopeful', 'uncomfortable'),
    },
    { requiredKeys: [...insightRequired] },
  ),
  fc.record(
    {
      ...insightBase,
      kind: fc.constant('blocker' as const),
      defence: fc.constantFrom(
        'avoidance',
        'not-truthful',
        'overly-logical',
        'therapist-fit',
        'other',
      ),
    },
    { requiredKeys: [...insightRequired] },
  ),
  fc.record(
    {
      ...insightBase,
      kind: fc.constantFrom('pattern', 'small-win', 'coping-skill', 'setback', 'question'),
    },
    { requiredKeys: [...insightRequired] },
  ),
);

const goal: fc.Arbitrary<Goal> = fc.record(
  {
    id,
    title: text(100),
    whatProgressLooksLike: text(),
    status: fc.constantFrom('active', 'paused', 'achieved'),
    steps: fc.array(
      fc.record(
        { id, text: text(100), done: fc.boolean(), doneAt: timestamp },
        { requiredKeys: ['id', 'text', 'done'] },
      ),
      { maxLength: 4 },
    ),
    createdAt: timestamp,
    achievedAt: timestamp,
  },
  { requiredKeys: ['id', 'title', 'whatProgressLooksLike', 'status', 'steps', 'createdAt'] },
);

const session: fc.Arbitrary<Session> = fc.record(
  {
    id,
    date: localDay,
    durationMinutes: fc.integer({ min: 1, max: 1440 }),
    cost: fc.record({
      minorUnits: fc.nat(),
      currency: fc.constantFrom('EUR', 'USD', 'GBP', 'NOK'),
    }),
    therapist: text(50),
    prepNote: text(),
    reflection: text(),
    homework: fc.array(
      fc.record(
        {
          id,
          text: text(100),
          status: fc.constantFrom('open', 'tried', 'done', 'skipped'),
          note: text(100),
        },
        { requiredKeys: ['id', 'text', 'status'] },
      ),
      { maxLength: 3 },
    ),
    discussedInsightIds: fc.array(id, { maxLength: 3 }),
  },
  {
    requiredKeys: [
      'id',
      'date',
      'durationMinutes',
      'prepNote',
      'reflection',
      'homework',
      'discussedInsightIds',
    ],
  },
);

const checkIn: fc.Arbitrary<CheckIn> = fc
  .constantFrom('PHQ-9' as const, 'GAD-7' as const)
  .chain((instrument) =>
    fc
      .record(
        {
          id,
          date: localDay,
          instrument: fc.constant(instrument),
          answers: fc.array(fc.integer({ min: 0, max: 3 }), {
            minLength: instrument === 'PHQ-9' ? 9 : 7,
            maxLength: instrument === 'PHQ-9' ? 9 : 7,
          }),
          difficulty: fc.integer({ min: 0, max: 3 }),
          createdAt: timestamp,
        },
        { requiredKeys: ['id', 'date', 'instrument', 'answers'] },
      )
      .map((c) => {
        const score = scoreOf(c.instrument, c.answers);
        return { ...c, score, band: bandOf(c.instrument, score) };
      }),
  );

const planItem = fc.string({ unit: 'binary', minLength: 1, maxLength: 100 });
const contact = fc.record(
  { name: planItem, phone: text(20), note: text(50) },
  { requiredKeys: ['name'] },
);

const settings: fc.Arbitrary<Settings> = fc.record(
  {
    autoLockMinutes: fc.integer({ min: 1, max: 240 }),
    theme: fc.constantFrom('system', 'light', 'dark'),
    weekStart: fc.constantFrom('monday', 'sunday', 'saturday'),
    currency: fc.constantFrom('EUR', 'USD', 'JPY'),
    reportDefaults: fc.record(
      {
        range: fc.constantFrom('since-last-session', 'last-30-days', 'last-90-days', 'all'),
        sections: fc.subarray([...REPORT_SECTIONS]),
        paperSize: fc.constantFrom('A4', 'Letter'),
        leavePrivateOutOfCharts: fc.boolean(),
      },
      { requiredKeys: ['range', 'sections', 'leavePrivateOutOfCharts'] },
    ),
    safetyPlan: fc.record({
      warningSigns: fc.array(planItem, { maxLength: 3 }),
      copingSteps: fc.array(planItem, { maxLength: 3 }),
      peopleAndPlaces: fc.array(contact, { maxLength: 2 }),
      helpContacts: fc.array(contact, { maxLength: 2 }),
      professionals: fc.array(contact, { maxLength: 2 }),
      saferSurroundings: fc.array(planItem, { maxLength: 2 }),
      mostImportant: text(100),
    }),
    nextSessionDate: localDay,
  },
  {
    requiredKeys: [
      'autoLockMinutes',
      'theme',
      'weekStart',
      'currency',
      'reportDefaults',
      'safetyPlan',
    ],
  },
);

const customPrompt: fc.Arbitrary<CustomPrompt> = fc.record({
  id,
  text: fc.string({ unit: 'binary', minLength: 1, maxLength: 500 }),
  createdAt: timestamp,
});

/** Valid journal documents of every shape the schema allows. */
export const journalDocument: fc.Arbitrary<JournalDocument> = fc.record({
  schemaVersion: fc.constant(4 as const),
  entries: fc.array(entry, { maxLength: 6 }),
  insights: fc.array(insight, { maxLength: 4 }),
  goals: fc.array(goal, { maxLength: 3 }),
  sessions: fc.array(session, { maxLength: 3 }),
  checkIns: fc.array(checkIn, { maxLength: 3 }),
  prompts: fc.array(customPrompt, { maxLength: 3 }),
  settings,
});
