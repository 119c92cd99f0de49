import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORT_SECTIONS } from '../../../shared/domain/settings';
import type { ReportSection } from '../../../shared/domain/settings';
import { journalReport } from '../../../electron/services/report/journal-report';
import { WINS_SHOWN, reportModel } from '../../../shared/report/report-model';
import type { ReportOptions } from '../../../shared/report/report-model';
import { printableJournal } from '../../../shared/report/share-rule';
import type { JournalDocument } from '../../../shared/domain';
import { checkIn, entry, goal, homework, insight, journal, session, step } from './report-builders';
import { leaksIn, shareJournal } from './share-journals';

// Steps and achievements are instants: in these tests their local day is their UTC day.
const utcDay = (instant: string) => instant.slice(0, 10);

const all = [...REPORT_SECTIONS];
const model = (
  doc: JournalDocument,
  options: Partial<ReportOptions> = {},
  share = { leavePrivateOutOfCharts: false },
) =>
  reportModel(
    printableJournal(doc, share),
    { from: '2025-03-01', to: '2025-03-31', today: '2025-03-31', sections: all, ...options },
    utcDay,
  );

describe('the report model', () => {
  it('an empty period is a calm, complete report of zeros, never an exception', () => {
    const report = model(journal({}));
    expect(report).toEqual({
      period: { from: '2025-03-01', to: '2025-03-31', chosen: 'custom', madeOn: '2025-03-31' },
      sections: all,
      shows: { full: 0, summary: 0, privateLeftOut: 0 },
      privateInCharts: true,
      summary: {
        entries: 0,
        moodEntries: 0,
        insights: 0,
        breakthroughs: 0,
        smallWins: 0,
        sessions: 0,
        minutes: 0,
        stepsDone: 0,
        goalsAchieved: 0,
        checkIns: 0,
      },
      mood: { weeks: [], includesPrivate: false },
      checkIns: [
        { instrument: 'PHQ-9', points: [] },
        { instrument: 'GAD-7', points: [] },
      ],
      insights: { months: [], byKind: {}, total: 0 },
      wins: { shown: [], more: 0, kept: 0 },
      goals: [],
      sessions: { count: 0, minutes: 0, spent: {}, withoutCost: 0 },
      homework: { set: 0, done: 0, tried: 0, skipped: 0, open: 0 },
    });
  });

  it('"all" starts on the first day anything counts, or on the last day when nothing does', () => {
    expect(model(journal({}), { from: undefined }).period.from).toBe('2025-03-31');
    const doc = journal({
      entries: [entry('2025-02-10', 'private')],
      sessions: [session('2025-01-20')],
    });
    expect(model(doc, { from: undefined, chosen: 'all' }).period).toEqual({
      from: '2025-01-20',
      to: '2025-03-31',
      chosen: 'all',
      madeOn: '2025-03-31',
    });
  });

  it('only private entries: their moods and kinds count, not a word of them shows', () => {
    const a = entry('2025-03-03', 'private', { title: 'Hidden title', mood: 3, tags: ['hidden'] });
    const b = entry('2025-03-05', 'private', { body: 'Hidden body', mood: 7 });
    const doc = journal({
      entries: [a, b],
      insights: [insight(a, 'breakthrough', { note: 'Hidden note', quote: 'Hidden quote' })],
    });
    const report = model(doc);
    expect(report.shows).toEqual({ full: 0, summary: 0, privateLeftOut: 2 });
    expect(report.mood).toEqual({
      weeks: [
        { week: '2025-02-24', count: 0 },
        { week: '2025-03-03', count: 2, mean: 5, min: 3, max: 7 },
        { week: '2025-03-10', count: 0 },
        { week: '2025-03-17', count: 0 },
        { week: '2025-03-24', count: 0 },
        { week: '2025-03-31', count: 0 },
      ],
      includesPrivate: true,
    });
    expect(report.summary).toMatchObject({
      entries: 2,
      moodEntries: 2,
      meanMood: 5,
      breakthroughs: 1,
    });
    expect(report.insights).toEqual({
      months: [{ month: '2025-03', counts: { breakthrough: 1 } }],
      byKind: { breakthrough: 1 },
      total: 1,
    });
    expect(report.wins).toEqual({ shown: [], more: 0, kept: 1 });
    expect(JSON.stringify(report)).not.toMatch(/hidden/i);
  });

  it('"leave private entries out of charts too": only the count of what was left out remains', () => {
    const a = entry('2025-03-03', 'private', { mood: 3 });
    const report = model(
      journal({ entries: [a], insights: [insight(a, 'small-win')] }),
      {},
      {
        leavePrivateOutOfCharts: true,
      },
    );
    expect(report.privateInCharts).toBe(false);
    expect(report.shows.privateLeftOut).toBe(1);
    expect(report.mood).toEqual({ weeks: [], includesPrivate: false });
    expect(report.insights!.total).toBe(0);
    expect(report.wins).toEqual({ shown: [], more: 0, kept: 0 });
  });

  it('mood by week: mean, lowest and highest, quiet weeks kept as gaps, by the week start', () => {
    const doc = journal({
      entries: [
        entry('2025-03-03', 'full', { mood: 4 }), // Monday
        entry('2025-03-09', 'summary', { mood: 8 }), // Sunday
        entry('2025-03-17', 'full', { mood: 5 }), // Monday, two weeks on
        entry('2025-03-18', 'full'), // no mood: not a zero
      ],
    });
    // The axis runs across the whole period: 1 March 2025 is a Saturday, the 31st a Monday.
    expect(model(doc).mood!.weeks).toEqual([
      { week: '2025-02-24', count: 0 },
      { week: '2025-03-03', count: 2, mean: 6, min: 4, max: 8 },
      { week: '2025-03-10', count: 0 },
      { week: '2025-03-17', count: 1, mean: 5, min: 5, max: 5 },
      { week: '2025-03-24', count: 0 },
      { week: '2025-03-31', count: 0 },
    ]);
    expect(model(doc, { weekStart: 'sunday' }).mood!.weeks).toEqual([
      { week: '2025-02-23', count: 0 },
      { week: '2025-03-02', count: 1, mean: 4, min: 4, max: 4 },
      { week: '2025-03-09', count: 1, mean: 8, min: 8, max: 8 },
      { week: '2025-03-16', count: 1, mean: 5, min: 5, max: 5 },
      { week: '2025-03-23', count: 0 },
      { week: '2025-03-30', count: 0 },
    ]);
    // Over years, from the first to the last week with a mood.
    expect(model(doc, { from: '2020-01-01' }).mood!.weeks.map((w) => w.week)).toEqual([
      '2025-03-03',
      '2025-03-10',
      '2025-03-17',
    ]);
    expect(model(doc).summary!.meanMood).toBeCloseTo(17 / 3);
  });

  it('both ends of the period are included, the days around them are not; the trash is nowhere', () => {
    const doc = journal({
      entries: [
        entry('2025-02-28', 'full', { mood: 1 }),
        entry('2025-03-01', 'full', { mood: 6 }),
        entry('2025-03-31', 'summary', { mood: 8 }),
        entry('2025-04-01', 'full', { mood: 1 }),
        entry('2025-03-15', 'full', { mood: 1, deletedAt: '2025-03-16T09:00:00.000Z' }),
      ],
      sessions: [
        session('2025-02-28'),
        session('2025-03-01'),
        session('2025-03-31'),
        session('2025-04-01'),
      ],
      checkIns: [checkIn('2025-02-28', 'GAD-7', 20), checkIn('2025-03-31', 'GAD-7', 5)],
    });
    const report = model(doc);
    expect(report.shows).toEqual({ full: 1, summary: 1, privateLeftOut: 0 });
    expect(report.summary).toMatchObject({
      entries: 2,
      meanMood: 7,
      sessions: 2,
      minutes: 100,
      checkIns: 1,
    });
    expect(report.checkIns![1]).toEqual({
      instrument: 'GAD-7',
      points: [{ date: '2025-03-31', score: 5, band: 'mild' }],
    });
  });

  it('a session without a cost counts its time and is said to have no cost', () => {
    const report = model(journal({ sessions: [session('2025-03-10', { durationMinutes: 45 })] }));
    expect(report.sessions).toEqual({ count: 1, minutes: 45, spent: {}, withoutCost: 1 });
  });

  it('a currency change mid-period gives two totals, never one sum', () => {
    const doc = journal({
      sessions: [
        session('2025-03-03', { cost: { minorUnits: 9000, currency: 'EUR' } }),
        session('2025-03-10', { cost: { minorUnits: 9050, currency: 'EUR' } }),
        session('2025-03-17', { cost: { minorUnits: 12000, currency: 'CHF' } }),
        session('2025-03-24'),
      ],
    });
    expect(model(doc).sessions).toEqual({
      count: 4,
      minutes: 200,
      spent: { EUR: 18050, CHF: 12000 },
      withoutCost: 1,
    });
  });

  it('homework set in the period, by what became of it', () => {
    const doc = journal({
      sessions: [
        session('2025-03-03', {
          homework: [homework('done'), homework('tried'), homework('open')],
        }),
        session('2025-03-17', { homework: [homework('skipped'), homework('done')] }),
        session('2025-02-17', { homework: [homework('done')] }),
      ],
    });
    expect(model(doc).homework).toEqual({ set: 5, done: 2, tried: 1, skipped: 1, open: 1 });
  });

  it('PHQ-9 and GAD-7: each check-in with its band, and the change across the period', () => {
    const doc = journal({
      checkIns: [
        checkIn('2025-03-02', 'PHQ-9', 12),
        checkIn('2025-03-16', 'PHQ-9', 9),
        checkIn('2025-03-30', 'PHQ-9', 6),
        checkIn('2025-03-02', 'GAD-7', 10),
        checkIn('2025-03-30', 'GAD-7', 8),
      ],
    });
    expect(model(doc).checkIns).toEqual([
      {
        instrument: 'PHQ-9',
        points: [
          { date: '2025-03-02', score: 12, band: 'moderate' },
          { date: '2025-03-16', score: 9, band: 'mild' },
          { date: '2025-03-30', score: 6, band: 'mild' },
        ],
        change: { points: -6, meaningful: true },
      },
      {
        instrument: 'GAD-7',
        points: [
          { date: '2025-03-02', score: 10, band: 'moderate' },
          { date: '2025-03-30', score: 8, band: 'mild' },
        ],
        change: { points: -2, meaningful: false },
      },
    ]);
  });

  it('insights by kind per month, a quiet month between kept on the axis', () => {
    const jan = entry('2025-01-10', 'full');
    const mar = entry('2025-03-05', 'summary');
    const doc = journal({
      entries: [jan, mar],
      insights: [insight(jan, 'pattern'), insight(jan, 'pattern'), insight(mar, 'setback')],
    });
    expect(model(doc, { from: '2025-01-01' }).insights).toEqual({
      months: [
        { month: '2025-01', counts: { pattern: 2 } },
        { month: '2025-02', counts: {} },
        { month: '2025-03', counts: { setback: 1 } },
      ],
      byKind: { pattern: 2, setback: 1 },
      total: 3,
    });
  });

  it('breakthroughs and small wins: notes, quotes only from entries shared in full, capped', () => {
    const full = entry('2025-03-02', 'full', { title: 'Morning' });
    const summary = entry('2025-03-03', 'summary', { title: 'Evening' });
    const many = entry('2025-03-20', 'full');
    const doc = journal({
      entries: [full, summary, many],
      insights: [
        insight(full, 'breakthrough', {
          note: 'I can ask',
          quote: 'I asked',
          arrival: 'visceral',
          tone: 'hopeful',
        }),
        insight(summary, 'small-win', { note: 'Went out', quote: 'Not this' }),
        insight(full, 'pattern', { note: 'Not a win' }),
        ...Array.from({ length: WINS_SHOWN }, (_, i) =>
          insight(many, 'small-win', { note: `win ${i}` }),
        ),
      ],
    });
    const wins = model(doc).wins!;
    expect(wins.shown).toHaveLength(WINS_SHOWN);
    expect(wins.shown.slice(0, 2)).toEqual([
      {
        kind: 'breakthrough',
        date: '2025-03-02',
        entryTitle: 'Morning',
        note: 'I can ask',
        quote: 'I asked',
        arrival: 'visceral',
        tone: 'hopeful',
      },
      { kind: 'small-win', date: '2025-03-03', entryTitle: 'Evening', note: 'Went out' },
    ]);
    expect(wins.more).toBe(2);
    expect(wins.kept).toBe(0);
  });

  it("goals: the person's words, steps done in the period with their day, what is left", () => {
    const doc = journal({
      goals: [
        goal({
          title: 'Sleep',
          whatProgressLooksLike: 'In bed by eleven most nights',
          steps: [
            step('Phone out of the bedroom', '2025-02-20T21:00:00.000Z'),
            step('Wind-down list', '2025-03-12T21:00:00.000Z'),
            step('Same time at weekends', '2025-03-01T08:00:00.000Z'),
            step('Later step', '2025-04-02T08:00:00.000Z'),
            step('Not yet'),
          ],
        }),
        goal({
          title: 'Done long ago',
          status: 'achieved',
          achievedAt: '2024-06-01T09:00:00.000Z',
        }),
        goal({ title: 'Reached now', status: 'achieved', achievedAt: '2025-03-31T20:00:00.000Z' }),
        goal({ title: 'Not yet set', createdAt: '2025-04-05T09:00:00.000Z' }),
      ],
    });
    const report = model(doc);
    expect(report.goals).toEqual([
      {
        title: 'Sleep',
        whatProgressLooksLike: 'In bed by eleven most nights',
        status: 'active',
        stepsDone: [
          { text: 'Same time at weekends', day: '2025-03-01' },
          { text: 'Wind-down list', day: '2025-03-12' },
        ],
        stepsDoneBefore: 1,
        stepsOpen: 2,
      },
      {
        title: 'Reached now',
        whatProgressLooksLike: '',
        status: 'achieved',
        stepsDone: [],
        stepsDoneBefore: 0,
        stepsOpen: 0,
        achievedOn: '2025-03-31',
      },
    ]);
    expect(report.summary).toMatchObject({ stepsDone: 2, goalsAchieved: 1 });
  });

  it('holds exactly the sections chosen, in print order, whatever order they came in', () => {
    const report = model(journal({}), { sections: ['wins', 'own-words', 'mood'] });
    expect(report.sections).toEqual(['mood', 'wins', 'own-words']);
    expect(Object.keys(report).sort()).toEqual(
      ['mood', 'period', 'privateInCharts', 'sections', 'shows', 'wins'].sort(),
    );
    const none = model(journal({}), { sections: [] });
    expect(none.sections).toEqual([]);
    expect(none.shows).toEqual({ full: 0, summary: 0, privateLeftOut: 0 });
  });

  it('a year of 10,000 entries and 3,000 insights is one sensible report, quickly', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => {
      const day = new Date(Date.UTC(2024, 0, 1) + (i % 366) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return entry(day, (['private', 'summary', 'full'] as const)[i % 3]!, { mood: (i % 10) + 1 });
    });
    const insights = entries
      .slice(0, 3000)
      .map((e, i) => insight(e, i % 2 ? 'small-win' : 'pattern'));
    const doc = journal({ entries, insights });
    const started = performance.now();
    const report = model(doc, { from: '2024-01-01', to: '2024-12-31', today: '2024-12-31' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(report.shows).toEqual({ full: 3333, summary: 3333, privateLeftOut: 3334 });
    expect(report.summary!.entries).toBe(10_000);
    expect(report.summary!.meanMood).toBeCloseTo(5.5);
    expect(report.insights!.total).toBe(3000);
    expect(report.insights!.months).toHaveLength(12);
    expect(report.wins!.shown).toHaveLength(WINS_SHOWN);
    expect(report.wins!.more + report.wins!.kept + WINS_SHOWN).toBe(1500);
  });

  it("no word of a private entry, nor a summary entry's body or quotes, is in any report", () => {
    const sections = fc.subarray([...REPORT_SECTIONS]) as fc.Arbitrary<ReportSection[]>;
    fc.assert(
      fc.property(
        shareJournal,
        sections,
        fc.boolean(),
        fc.boolean(),
        (doc, chosen, leaveOut, all) => {
          const report = reportModel(
            printableJournal(doc, { leavePrivateOutOfCharts: leaveOut }),
            {
              ...(all ? {} : { from: '2025-02-01' }),
              to: '2026-01-31',
              today: '2026-01-31',
              sections: chosen,
            },
            utcDay,
          );
          expect(leaksIn(JSON.stringify(report))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('nor in the report the channel answers, whatever the period, sections and settings', () => {
    const sections = fc.subarray([...REPORT_SECTIONS]) as fc.Arbitrary<ReportSection[]>;
    const period = fc.oneof(
      fc.constantFrom(
        { range: 'since-last-session' as const },
        { range: 'last-30-days' as const },
        { range: 'last-90-days' as const },
        { range: 'all' as const },
      ),
      fc.constant({ from: '2025-01-15', to: '2025-09-30' }),
    );
    fc.assert(
      fc.property(shareJournal, period, sections, fc.boolean(), (doc, chosen, list, leaveOut) => {
        doc.settings.reportDefaults.leavePrivateOutOfCharts = leaveOut;
        // Sessions in the journal's year, so "since last session" starts inside it.
        doc.sessions.push(session('2025-06-01'));
        const report = journalReport(doc, { ...chosen, sections: list }, '2025-12-31', utcDay);
        expect(leaksIn(JSON.stringify(report))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
