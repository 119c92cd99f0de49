import fc from 'fast-check';
import { emptyDocument } from '../../../shared/domain';
import type {
  Entry,
  Insight,
  InsightKind,
  JournalDocument,
  ShareLevel,
} from '../../../shared/domain';
import { openTag, CLOSE_TAG } from '../../../shared/insight-marks';

/*
 * Random journals for the share rule's properties: every word a printout must never show is a
 * token no other text contains, so a leak is a substring search away. Private entries carry
 * `PRIV<n>Q` in their title, body, tags, insight notes and quotes; summary entries carry `SUMB<n>Q`
 * in their body and quotes (their title, tags and notes may show).
 */

export const privateToken = (n: number, where: string) => `PRIV${n}${where}Q`;
export const summaryToken = (n: number, where: string) => `SUMB${n}${where}Q`;
/** Anything shaped like a token that may never appear in a printout. */
export const FORBIDDEN = /PRIV\d+[a-z]+Q|SUMB\d+[a-z]+Q/g;

const KINDS: InsightKind[] = [
  'breakthrough',
  'pattern',
  'small-win',
  'coping-skill',
  'setback',
  'blocker',
  'question',
];

const uuid = (prefix: number, n: number) =>
  `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

interface EntryPlan {
  level: ShareLevel;
  day: number;
  mood: number | null;
  trashed: boolean;
  insights: Array<{ kind: InsightKind; bring: boolean; quoted: boolean; goal: boolean }>;
}

const entryPlan: fc.Arbitrary<EntryPlan> = fc.record({
  level: fc.constantFrom<ShareLevel>('private', 'summary', 'full'),
  day: fc.integer({ min: 0, max: 400 }),
  mood: fc.option(fc.integer({ min: 1, max: 10 })),
  trashed: fc.boolean(),
  insights: fc.array(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      bring: fc.boolean(),
      quoted: fc.boolean(),
      goal: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
});

const dayOf = (offset: number) =>
  new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** A valid document from plans: one goal, the given entries and their insights. */
export function journalFrom(plans: readonly EntryPlan[]): JournalDocument {
  const doc = emptyDocument();
  const goalId = uuid(0xfeed, 1);
  doc.goals.push({
    id: goalId,
    title: 'Say no at work',
    whatProgressLooksLike: 'I say no without apologising twice.',
    status: 'active',
    steps: [],
    createdAt: '2024-12-01T09:00:00.000Z',
  });
  plans.forEach((plan, n) => {
    const id = uuid(1, n);
    const date = dayOf(plan.day);
    const secret = (where: string) =>
      plan.level === 'private'
        ? privateToken(n, where)
        : plan.level === 'summary'
          ? summaryToken(n, where)
          : `FULL${n}${where}`;
    // Summary entries may show their title and tags: only private ones hide them.
    const title = plan.level === 'private' ? privateToken(n, 'title') : `Title ${n}`;
    const tag = plan.level === 'private' ? privateToken(n, 'tag') : `tag${n}`;
    const insights: Insight[] = plan.insights.map((insight, k) => {
      const insightId = uuid(2, n * 10 + k);
      return {
        id: insightId,
        entryId: id,
        kind: insight.kind,
        note: plan.level === 'private' ? privateToken(n, `note${'abc'[k]}`) : `note ${n}.${k}`,
        ...(insight.quoted ? { quote: secret(`quote${'abc'[k]}`) } : {}),
        intensity: 5,
        goalIds: insight.goal ? [goalId] : [],
        bringToSession: insight.bring,
        createdAt: `${date}T12:00:00.000Z`,
      };
    });
    const marked = insights
      .filter((insight) => insight.quote !== undefined)
      .map((insight) => `${openTag(insight.id)}${insight.quote}${CLOSE_TAG}`)
      .join(' ');
    const entry: Entry = {
      id,
      date,
      createdAt: `${date}T10:00:00.000Z`,
      updatedAt: `${date}T10:00:00.000Z`,
      title,
      body: `${secret('body')} ${marked}`,
      tags: [tag],
      shareLevel: plan.level,
      ...(plan.mood === null ? {} : { mood: plan.mood }),
      ...(plan.trashed ? { deletedAt: `${date}T11:00:00.000Z` } : {}),
    };
    doc.entries.push(entry);
    doc.insights.push(...insights);
  });
  return doc;
}

export const shareJournal: fc.Arbitrary<JournalDocument> = fc
  .array(entryPlan, { maxLength: 25 })
  .map(journalFrom);

/** Every forbidden token in a text (the assembled printout, as JSON or as words). */
export const leaksIn = (text: string): string[] => [...text.matchAll(FORBIDDEN)].map((m) => m[0]);
