import { describe, expect, it } from 'vitest';
import { progressQuerySchema } from '../../../shared/therapy/therapy-contract';
import { localDayOf } from '../../../shared/therapy/month-range';
import { progressReport } from '../../../shared/therapy/progress';
import { checkIn, entry, goal, insight, journal, session } from './progress-records';

/** The local day of an instant for someone `hours` east of UTC, pinned whatever zone runs this. */
const dayAt = (hours: number) => (instant: string) =>
  new Date(Date.parse(instant) + hours * 3_600_000).toISOString().slice(0, 10);
const utc = dayAt(0);

const EUR = (minorUnits: number) => ({ minorUnits, currency: 'EUR' });
const USD = (minorUnits: number) => ({ minorUnits, currency: 'USD' });

describe('progress figures: months and totals', () => {
  it('lists every month of the period, a month with nothing in it too, with nothing counted', () => {
    const doc = journal();
    doc.sessions.push(session('2024-01-20', 50, EUR(9000)), session('2024-03-02', 50, EUR(9000)));
    const report = progressReport(doc, { from: '2024-01-15', to: '2024-04-10' }, utc);
    expect(report.months.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(report.months[1]).toEqual({
      month: '2024-02',
      sessions: 0,
      minutes: 0,
      spent: {},
      insightsByKind: {},
      breakthroughs: 0,
      stepsDone: 0,
      goalsAchieved: 0,
      homeworkSet: 0,
      homeworkAttempted: 0,
      thoughtRecords: 0,
    });
    // Running totals carry through the empty month unchanged.
    expect(report.totals.cumulative.map((c) => [c.month, c.minutes, c.spent])).toEqual([
      ['2024-01', 50, { EUR: 9000 }],
      ['2024-02', 50, { EUR: 9000 }],
      ['2024-03', 100, { EUR: 18000 }],
      ['2024-04', 100, { EUR: 18000 }],
    ]);
  });

  it('one session: its month, its minutes, its cost in minor units', () => {
    const doc = journal();
    doc.sessions.push(session('2024-03-05', 50, EUR(9000)));
    const report = progressReport(doc, { from: '2024-03-01', to: '2024-03-31' }, utc);
    expect(report.months).toHaveLength(1);
    expect(report.months[0]).toMatchObject({ sessions: 1, minutes: 50, spent: { EUR: 9000 } });
    expect(report.totals).toMatchObject({ sessions: 1, minutes: 50, spent: { EUR: 9000 } });
    expect(report.totals.cumulative).toEqual([
      { month: '2024-03', minutes: 50, spent: { EUR: 9000 } },
    ]);
  });

  it('money in two currencies is totalled per currency, never added together', () => {
    const doc = journal();
    doc.sessions.push(
      session('2024-01-10', 50, EUR(9000)),
      session('2024-02-07', 60, USD(12000)),
      session('2024-02-21', 50, EUR(9000)),
      // A session logged without a cost adds time, and no money in any currency.
      session('2024-02-28', 45),
    );
    const report = progressReport(doc, { from: '2024-01-01', to: '2024-02-29' }, utc);
    expect(report.months.map((m) => m.spent)).toEqual([{ EUR: 9000 }, { EUR: 9000, USD: 12000 }]);
    expect(report.totals.spent).toEqual({ EUR: 18000, USD: 12000 });
    expect(report.totals.minutes).toBe(205);
    expect(report.totals.cumulative.map((c) => c.spent)).toEqual([
      { EUR: 9000 },
      { EUR: 18000, USD: 12000 },
    ]);
  });

  it('counts the first and the last day of the period, and not the days either side', () => {
    const doc = journal();
    for (const day of ['2024-01-31', '2024-02-01', '2024-02-29', '2024-03-01']) {
      doc.sessions.push(session(day, 60, EUR(1000)));
      doc.checkIns.push(checkIn(day, 'GAD-7', 5));
      doc.entries.push(entry(day, { mood: 5 }));
    }
    const report = progressReport(doc, { from: '2024-02-01', to: '2024-02-29' }, utc);
    expect(report.totals).toMatchObject({ sessions: 2, minutes: 120, spent: { EUR: 2000 } });
    expect(report.checkIns.map((c) => c.date)).toEqual(['2024-02-01', '2024-02-29']);
    expect(report.months.map((m) => m.month)).toEqual(['2024-02']);
  });

  it('homework is counted on its session’s day: tried or done out of all set', () => {
    const doc = journal();
    doc.sessions.push(
      session('2024-05-02', 50, undefined, ['open', 'tried', 'done', 'skipped']),
      session('2024-06-02', 50, undefined, ['done']),
    );
    const report = progressReport(doc, { from: '2024-05-01', to: '2024-06-30' }, utc);
    expect(report.months.map((m) => [m.homeworkSet, m.homeworkAttempted])).toEqual([
      [4, 2],
      [1, 1],
    ]);
    expect(report.totals).toMatchObject({ homeworkSet: 5, homeworkAttempted: 3 });
  });
});

describe('progress figures: insights and entries', () => {
  it('insights count by kind on their entry’s day, not on the day they were marked', () => {
    const doc = journal();
    const february = entry('2024-02-10');
    const march = entry('2024-03-03');
    doc.entries.push(february, march);
    doc.insights.push(
      insight(february.id, 'breakthrough', '2024-03-15T10:00:00.000Z'),
      insight(february.id, 'small-win'),
      insight(march.id, 'small-win'),
      insight(march.id, 'breakthrough'),
      insight(march.id, 'setback'),
    );
    const report = progressReport(doc, { from: '2024-02-01', to: '2024-03-31' }, utc);
    expect(report.months.map((m) => m.insightsByKind)).toEqual([
      { breakthrough: 1, 'small-win': 1 },
      { 'small-win': 1, breakthrough: 1, setback: 1 },
    ]);
    expect(report.months.map((m) => m.breakthroughs)).toEqual([1, 1]);
    expect(report.totals.insightsByKind).toEqual({ breakthrough: 2, 'small-win': 2, setback: 1 });
    expect(report.totals.breakthroughs).toBe(2);
  });

  it('entries in the trash count nowhere, and neither do the insights marked in them', () => {
    const doc = journal();
    const kept = entry('2024-04-04', { mood: 8 });
    const trashed = entry('2024-04-05', {
      mood: 2,
      deletedAt: '2024-04-06T10:00:00.000Z',
      thoughtRecord: { emotions: [{ name: 'Fear', before: 90, after: 10 }] },
    });
    doc.entries.push(kept, trashed);
    doc.insights.push(insight(kept.id, 'pattern'), insight(trashed.id, 'breakthrough'));
    const report = progressReport(doc, { from: '2024-04-01', to: '2024-04-30' }, utc);
    expect(report.totals).toMatchObject({
      meanMood: 8,
      insightsByKind: { pattern: 1 },
      breakthroughs: 0,
      thoughtRecords: 0,
    });
    expect(report.totals).not.toHaveProperty('reratingDrop');
  });

  it('mean mood is over the entries that have one, month by month and for the period', () => {
    const doc = journal();
    doc.entries.push(
      entry('2024-01-03', { mood: 4 }),
      entry('2024-01-09', { mood: 7 }),
      entry('2024-01-12'),
      entry('2024-03-01', { mood: 9 }),
    );
    const report = progressReport(doc, { from: '2024-01-01', to: '2024-03-31' }, utc);
    expect(report.months.map((m) => m.meanMood)).toEqual([5.5, undefined, 9]);
    expect(report.months[1]).not.toHaveProperty('meanMood');
    // Over the three moods, not the mean of the monthly means (7.25).
    expect(report.totals.meanMood).toBeCloseTo(20 / 3, 10);
  });

  it('thought records: how many, and the mean drop over the emotions that were re-rated', () => {
    const doc = journal();
    doc.entries.push(
      entry('2024-02-02', {
        thoughtRecord: {
          emotions: [
            { name: 'Anxious', before: 80, after: 40 },
            { name: 'Ashamed', before: 60 },
          ],
        },
      }),
      entry('2024-02-20', {
        thoughtRecord: { emotions: [{ name: 'Sad', before: 50, after: 60 }] },
      }),
      entry('2024-03-05', { thoughtRecord: { emotions: [] } }),
    );
    const report = progressReport(doc, { from: '2024-02-01', to: '2024-03-31' }, utc);
    // February: 80→40 is 40 down, 50→60 is 10 up: (40 − 10) / 2 = 15 points on average.
    expect(report.months[0]).toMatchObject({ thoughtRecords: 2, reratingDrop: 15 });
    expect(report.months[1]).toMatchObject({ thoughtRecords: 1 });
    expect(report.months[1]).not.toHaveProperty('reratingDrop');
    expect(report.totals).toMatchObject({ thoughtRecords: 3, reratingDrop: 15 });
  });
});

describe('progress figures: goals and self-checks', () => {
  it('a step done counts in the month of the local day it was done, wherever the person lives', () => {
    const doc = journal();
    // 23:30 UTC on 31 January: already 1 February two hours east, still January five hours west.
    doc.goals.push(
      goal([
        { done: true, doneAt: '2024-01-31T23:30:00.000Z' },
        { done: false },
        // Undone again after being done: it no longer counts.
        { done: false, doneAt: '2024-01-15T10:00:00.000Z' },
      ]),
    );
    const period = { from: '2024-01-01', to: '2024-02-29' };
    expect(progressReport(doc, period, dayAt(2)).months.map((m) => m.stepsDone)).toEqual([0, 1]);
    expect(progressReport(doc, period, dayAt(-5)).months.map((m) => m.stepsDone)).toEqual([1, 0]);
  });

  it('a goal counts as achieved when it was achieved, even if it was opened again since', () => {
    const doc = journal();
    const reopened = goal([], '2024-06-10T08:00:00.000Z');
    reopened.status = 'active';
    doc.goals.push(reopened, goal([], '2024-07-01T08:00:00.000Z'), goal([]));
    const report = progressReport(doc, { from: '2024-06-01', to: '2024-06-30' }, utc);
    expect(report.totals.goalsAchieved).toBe(1);
  });

  it('by default an instant falls on the local day of the zone the process runs in', () => {
    // Built from local parts, so this holds in any time zone the tests run in.
    expect(localDayOf(new Date(2024, 0, 31, 23, 30).toISOString())).toBe('2024-01-31');
    expect(localDayOf(new Date(2024, 1, 1, 0, 15).toISOString())).toBe('2024-02-01');
  });

  it('PHQ-9 and GAD-7: the mean score per month, and every check-in oldest first', () => {
    const doc = journal();
    doc.checkIns.push(
      checkIn('2024-01-20', 'PHQ-9', 8),
      checkIn('2024-01-05', 'PHQ-9', 12),
      checkIn('2024-01-20', 'GAD-7', 6, '2024-01-20T07:00:00.000Z'),
      checkIn('2024-03-01', 'GAD-7', 3),
    );
    const report = progressReport(doc, { from: '2024-01-01', to: '2024-03-31' }, utc);
    expect(report.months.map((m) => [m.phq9, m.gad7])).toEqual([
      [10, 6],
      [undefined, undefined],
      [undefined, 3],
    ]);
    expect(report.checkIns).toEqual([
      { date: '2024-01-05', instrument: 'PHQ-9', score: 12, band: 'moderate' },
      { date: '2024-01-20', instrument: 'PHQ-9', score: 8, band: 'mild' },
      { date: '2024-01-20', instrument: 'GAD-7', score: 6, band: 'mild' },
      { date: '2024-03-01', instrument: 'GAD-7', score: 3, band: 'minimal' },
    ]);
  });
});

describe('progress figures: the period', () => {
  it('all time starts on the first day anything counts', () => {
    const doc = journal();
    doc.entries.push(entry('2023-02-14', { mood: 6 }), entry('2022-01-01'));
    doc.sessions.push(session('2024-01-09', 50));
    const report = progressReport(doc, { to: '2024-03-10' }, utc);
    // The 2022 entry has no mood, thought record or insight: nothing of it counts.
    expect(report.from).toBe('2023-02-14');
    expect(report.months[0]!.month).toBe('2023-02');
    expect(report.months.at(-1)!.month).toBe('2024-03');
    expect(report.months).toHaveLength(14);
    expect(report.journalHasData).toBe(true);
  });

  it('an empty journal: one month, nothing counted, and the screen told there is no data', () => {
    const report = progressReport(journal(), { to: '2024-03-10' }, utc);
    expect(report.from).toBe('2024-03-10');
    expect(report.months.map((m) => m.month)).toEqual(['2024-03']);
    expect(report.journalHasData).toBe(false);
    expect(report.checkIns).toEqual([]);
    expect(report.totals.cumulative).toEqual([{ month: '2024-03', minutes: 0, spent: {} }]);
  });

  it('says the journal has data when it has some outside the period chosen', () => {
    const doc = journal();
    doc.checkIns.push(checkIn('2020-05-05', 'PHQ-9', 4));
    const report = progressReport(doc, { from: '2024-01-01', to: '2024-01-31' }, utc);
    expect(report.journalHasData).toBe(true);
    expect(report.checkIns).toEqual([]);
  });

  it('the channel refuses a period that ends before it starts, or spans over 100 years', () => {
    expect(progressQuerySchema.safeParse({ from: '2024-02-01', to: '2024-01-31' }).success).toBe(
      false,
    );
    expect(progressQuerySchema.safeParse({ from: '1900-01-01', to: '2024-01-31' }).success).toBe(
      false,
    );
    expect(progressQuerySchema.safeParse({ from: '2024-01-31', to: '2024-01-31' }).success).toBe(
      true,
    );
    expect(progressQuerySchema.safeParse({ to: '2024-01-31' }).success).toBe(true);
  });
});
