import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREP_LIMITS, isLogged, prepDraft, shorten } from '../../../shared/report/prep-draft';
import { moodComparison, moodDirection } from '../../../shared/report/prep-mood';
import { prepScope } from '../../../electron/services/prep/prep-scope';
import { prepDraftText } from '../../../shared/report/prep-text';
import { printableJournal } from '../../../shared/report/share-rule';
import { PrepJournal } from './prep-journals';
import { leaksIn, shareJournal } from './share-journals';

const utcDay = (instant: string) => instant.slice(0, 10);
const draftOf = (j: PrepJournal, today: string) =>
  prepDraft(printableJournal(j.doc), { today, dayOf: utcDay });
const asText = (draft: ReturnType<typeof prepDraft>) =>
  prepDraftText(draft, { formatDay: (day) => day });

describe('the prep draft', () => {
  it('with no session yet it covers the last 14 days, today included, and lists shared entries by title and date', () => {
    const j = new PrepJournal();
    j.entry('2024-04-17', 'full', { title: 'Too early' });
    j.entry('2024-04-18', 'summary', { title: 'First day in' });
    j.entry('2024-04-25', 'full', { title: 'Walk with Sam' });
    j.entry('2024-04-26', 'private', { title: 'Hidden' });
    j.entry('2024-05-01', 'summary', { title: '' });
    const draft = draftOf(j, '2024-05-01');
    expect(draft.period).toEqual({ from: '2024-04-18', to: '2024-05-01' });
    expect(draft.happened.items.map((e) => [e.date, e.title, e.level])).toEqual([
      ['2024-04-18', 'First day in', 'summary'],
      ['2024-04-25', 'Walk with Sam', 'full'],
      ['2024-05-01', '', 'summary'],
    ]);
    expect(draft.shows).toEqual({ full: 1, summary: 2, privateLeftOut: 1 });
    expect(draft.homework).toBeUndefined();
    const text = asText(draft);
    expect(text).toContain('## What happened (the last 14 days)');
    expect(text).toContain('- 2024-05-01: Untitled entry');
    expect(text).not.toContain('Hidden');
    expect(text).not.toContain('Too early');
  });

  it('starts on the day of the last logged session: one whose day has passed, or today with a reflection', () => {
    const j = new PrepJournal();
    j.session('2024-04-10');
    const passed = j.session('2024-04-24');
    j.session('2024-05-08', { reflection: 'Ahead of time' });
    const today = j.session('2024-05-01');
    expect(draftOf(j, '2024-05-01').period).toEqual({
      from: '2024-04-24',
      to: '2024-05-01',
      lastSession: { id: passed.id, date: '2024-04-24' },
    });
    today.reflection = 'We talked about work.';
    expect(draftOf(j, '2024-05-01').period.from).toBe('2024-05-01');
    expect(isLogged({ date: '2024-05-01', reflection: '  ' }, '2024-05-01')).toBe(false);
    expect(isLogged({ date: '2024-04-30', reflection: '' }, '2024-05-01')).toBe(true);
  });

  it('an empty period says nothing was written, and has no mood, homework or lists', () => {
    const j = new PrepJournal();
    const draft = draftOf(j, '2024-05-01');
    expect(draft.happened).toEqual({ items: [], more: 0 });
    expect(draft.bring).toEqual([]);
    expect(draft.mood.now).toBeUndefined();
    expect(draft.mood.direction).toBeUndefined();
    expect(draft.checkIns).toEqual([]);
    expect(asText(draft)).toBe(
      '## What happened (the last 14 days)\n\nNothing written in this time.\n',
    );
  });

  it('only private entries: their words are nowhere, their moods still count', () => {
    const j = new PrepJournal();
    const entry = j.entry('2024-04-29', 'private', {
      title: 'Secret title',
      mood: 3,
      tags: ['secret'],
    });
    j.entry('2024-04-30', 'private', { title: 'Secret two', mood: 5 });
    j.insight(entry, { kind: 'question', note: 'Secret question', bringToSession: true });
    const draft = draftOf(j, '2024-05-01');
    expect(draft.happened.items).toEqual([]);
    expect(draft.questions.items).toEqual([]);
    expect(draft.shows).toEqual({ full: 0, summary: 0, privateLeftOut: 2 });
    expect(draft.mood.now).toEqual({ mean: 4, min: 3, max: 5, rated: 2 });
    const text = asText(draft);
    expect(text).toContain('Only private entries, which stay out of this note.');
    expect(JSON.stringify(draft) + text).not.toMatch(/Secret|secret/);
  });

  it('homework from the last session keeps each status and note', () => {
    const j = new PrepJournal();
    j.session('2024-04-10', { homework: [{ id: 'h0', text: 'Older', status: 'open' }] });
    j.session('2024-04-24', {
      homework: [
        { id: 'h1', text: 'Notice avoidance', status: 'open' },
        { id: 'h2', text: 'Breathing', status: 'tried', note: 'twice' },
        { id: 'h3', text: 'Call Mum', status: 'done' },
        { id: 'h4', text: 'Morning pages', status: 'skipped' },
      ],
    });
    const draft = draftOf(j, '2024-05-01');
    expect(draft.homework?.items).toEqual({
      items: [
        { text: 'Notice avoidance', status: 'open' },
        { text: 'Breathing', status: 'tried', note: 'twice' },
        { text: 'Call Mum', status: 'done' },
        { text: 'Morning pages', status: 'skipped' },
      ],
      more: 0,
    });
    const text = asText(draft);
    expect(text).toContain(
      '## Homework from the session on 2024-04-24\n\n- Open: Notice avoidance\n- Tried: Breathing (twice)\n- Done: Call Mum\n- Skipped: Morning pages',
    );
    expect(text).not.toContain('Older');
  });

  it('insights to bring: not yet discussed, breakthroughs first, quotes only from entries shared in full', () => {
    const j = new PrepJournal();
    j.session('2024-04-24');
    const full = j.entry('2024-04-26', 'full', { title: 'Full' });
    const summary = j.entry('2024-04-27', 'summary', { title: 'Summary' });
    j.insight(full, {
      kind: 'small-win',
      note: 'Said no',
      bringToSession: true,
      quote: 'I said no',
    });
    j.insight(summary, {
      kind: 'breakthrough',
      note: 'It is not my fault',
      bringToSession: true,
      quote: 'summary words',
      arrival: 'visceral',
      tone: 'uncomfortable',
    });
    j.insight(full, {
      kind: 'pattern',
      note: 'Discussed already',
      bringToSession: true,
      discussedInSessionId: 'x',
    });
    j.insight(full, { kind: 'pattern', note: 'Not flagged' });
    const old = j.entry('2024-03-01', 'full', { title: 'Old' });
    j.insight(old, { kind: 'pattern', note: 'Still pending', bringToSession: true });
    const draft = draftOf(j, '2024-05-01');
    expect(draft.bring.map((g) => [g.kind, g.items.map((i) => i.note), g.more])).toEqual([
      ['breakthrough', ['It is not my fault'], 0],
      ['pattern', ['Still pending'], 0],
      ['small-win', ['Said no'], 0],
    ]);
    expect(draft.bring[0]!.items[0]).not.toHaveProperty('quote');
    expect(draft.bring[2]!.items[0]!.quote).toBe('I said no');
    const text = asText(draft);
    expect(text).toContain(
      '### Breakthroughs\n\n- (felt, uncomfortable) It is not my fault (Summary, 2024-04-27)',
    );
    expect(text).toContain('- Said no “I said no” (Full, 2024-04-26)');
    expect(text).not.toContain('summary words');
  });

  it(`keeps ${PREP_LIMITS.bring} insights to bring in all, folding the rest into "and N more"`, () => {
    const j = new PrepJournal();
    const entry = j.entry('2024-04-30', 'summary');
    for (let i = 0; i < 4; i++)
      j.insight(entry, { kind: 'breakthrough', note: `B${i}`, bringToSession: true });
    for (let i = 0; i < 5; i++)
      j.insight(entry, { kind: 'setback', note: `S${i}`, bringToSession: true });
    const draft = draftOf(j, '2024-05-01');
    expect(draft.bring.map((g) => [g.kind, g.items.length, g.more])).toEqual([
      ['breakthrough', 4, 0],
      ['setback', 2, 3],
    ]);
    expect(asText(draft)).toContain('- and 3 more\n');
  });

  it('blockers name their defence; questions are the person’s own; each insight appears once', () => {
    const j = new PrepJournal();
    const entry = j.entry('2024-04-30', 'summary', { title: 'Tuesday' });
    j.insight(entry, {
      kind: 'blocker',
      defence: 'overly-logical',
      note: 'Explained it away',
      bringToSession: true,
    });
    j.insight(entry, { kind: 'question', note: 'Why do I freeze?' });
    const draft = draftOf(j, '2024-05-01');
    expect(draft.bring).toEqual([]);
    expect(draft.blockers.items.map((b) => [b.defence, b.note])).toEqual([
      ['overly-logical', 'Explained it away'],
    ]);
    expect(draft.questions.items.map((q) => q.note)).toEqual(['Why do I freeze?']);
    const text = asText(draft);
    expect(text).toContain(
      '## What got in the way\n\n- Overly logical: Explained it away (Tuesday, 2024-04-30)',
    );
    expect(text).toContain('## My questions\n\n- Why do I freeze? (Tuesday, 2024-04-30)');
  });

  it('folds entries beyond the limit, keeping the latest', () => {
    const j = new PrepJournal();
    for (let d = 20; d <= 30; d++) j.entry(`2024-04-${d}`, 'summary', { title: `Day ${d}` });
    const draft = draftOf(j, '2024-05-01');
    expect(draft.happened.items.map((e) => e.title)).toEqual(
      ['23', '24', '25', '26', '27', '28', '29', '30'].map((d) => `Day ${d}`),
    );
    expect(draft.happened.more).toBe(3);
    expect(asText(draft)).toContain('- and 3 more earlier');
  });

  it('check-ins: the latest of the period per instrument, against the one before it', () => {
    const j = new PrepJournal();
    j.session('2024-04-24');
    j.checkIn('2024-04-10', 'PHQ-9', 14);
    j.checkIn('2024-04-28', 'PHQ-9', 8);
    j.checkIn('2024-04-29', 'GAD-7', 6);
    j.checkIn('2024-04-01', 'GAD-7', 5);
    const draft = draftOf(j, '2024-05-01');
    expect(draft.checkIns).toEqual([
      {
        instrument: 'PHQ-9',
        date: '2024-04-28',
        score: 8,
        band: 'mild',
        change: { fromDate: '2024-04-10', fromScore: 14, points: -6, meaningful: true },
      },
      {
        instrument: 'GAD-7',
        date: '2024-04-29',
        score: 6,
        band: 'mild',
        change: { fromDate: '2024-04-01', fromScore: 5, points: 1, meaningful: false },
      },
    ]);
    const text = asText(draft);
    expect(text).toContain(
      '- PHQ-9 on 2024-04-28: 8 (Mild), 6 points lower than on 2024-04-10 (a change usually counted as meaningful)',
    );
    expect(text).toContain('- GAD-7 on 2024-04-29: 6 (Mild), 1 point higher than on 2024-04-01');
  });

  it('goals touched: by a shared insight of the period or a step done in it', () => {
    const j = new PrepJournal();
    j.session('2024-04-24');
    const work = j.goal('Say no at work');
    const sleep = j.goal('Sleep', [
      { id: 's1', text: 'No phone in bed', done: true, doneAt: '2024-04-27T20:00:00.000Z' },
      { id: 's2', text: 'Earlier', done: true, doneAt: '2024-04-01T20:00:00.000Z' },
    ]);
    j.goal('Untouched');
    const entry = j.entry('2024-04-26', 'summary');
    j.insight(entry, { goalIds: [work.id] });
    const hidden = j.entry('2024-04-26', 'private');
    j.insight(hidden, { goalIds: [sleep.id, work.id] });
    const draft = draftOf(j, '2024-05-01');
    expect(draft.goalsTouched.items).toEqual([
      { id: work.id, title: 'Say no at work', stepsDone: { items: [], more: 0 }, insights: 1 },
      {
        id: sleep.id,
        title: 'Sleep',
        stepsDone: { items: ['No phone in bed'], more: 0 },
        insights: 0,
      },
    ]);
    expect(asText(draft)).toContain('- Say no at work: 1 insight\n- Sleep: done: No phone in bed');
  });

  it('long notes end in "…" at a word boundary', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('  short\n note ', 20)).toBe('short note');
  });
});

describe('mood since the last session against the period before', () => {
  const summary = (mean: number, rated = 2) => ({ mean, min: 1, max: 10, rated });

  it('one point of difference in means reads as better or worse; less is about the same', () => {
    expect(moodDirection(summary(6.1), summary(5.1))).toBe('better');
    expect(moodDirection(summary(6), summary(5.1))).toBe('about the same');
    expect(moodDirection(summary(4), summary(5))).toBe('worse');
    expect(moodDirection(summary(4.1), summary(5))).toBe('about the same');
  });

  it('a single rated entry on either side is too little to compare', () => {
    expect(moodDirection(summary(9, 1), summary(2))).toBeUndefined();
    expect(moodDirection(summary(9), summary(2, 1))).toBeUndefined();
  });

  it('the period before has the same length and ends the day before', () => {
    const j = new PrepJournal();
    j.entry('2024-04-22', 'summary', { mood: 9 }); // too early for either period
    j.entry('2024-04-23', 'summary', { mood: 4 });
    j.entry('2024-04-26', 'private', { mood: 4 });
    j.entry('2024-04-27', 'full', { mood: 6 });
    j.entry('2024-04-30', 'summary', { mood: 7 });
    j.entry('2024-05-01', 'summary');
    const journal = printableJournal(j.doc);
    const mood = moodComparison(journal.entries, { from: '2024-04-27', to: '2024-05-01' });
    expect(mood).toEqual({
      beforePeriod: { from: '2024-04-22', to: '2024-04-26' },
      now: { mean: 6.5, min: 6, max: 7, rated: 2 },
      before: { mean: 17 / 3, min: 4, max: 9, rated: 3 },
      direction: 'about the same',
    });
  });

  it('reads as text with one decimal and the direction in words', () => {
    const j = new PrepJournal();
    j.session('2024-04-24');
    for (const [day, mood] of [
      ['17', 3],
      ['20', 4],
      ['25', 6],
      ['28', 7],
    ] as const) {
      j.entry(`2024-04-${day}`, 'summary', { mood });
    }
    expect(asText(draftOf(j, '2024-05-01'))).toContain(
      '## Mood\n\nMean 6.5 out of 10 (from 6 to 7, 2 entries).\nIn the 8 days before: mean 3.5 (from 3 to 4).\nCompared with then: better.',
    );
  });
});

describe('the prep draft and the share rule', () => {
  it('no word of a private entry, nor a summary entry’s body or quotes, is in any draft or its text', () => {
    fc.assert(
      fc.property(
        shareJournal,
        fc.integer({ min: 0, max: 420 }),
        fc.option(fc.integer({ min: 0, max: 400 })),
        (doc, todayOffset, sessionOffset) => {
          const day = (n: number) =>
            new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
          if (sessionOffset !== null) {
            doc.sessions.push({
              id: 'session-1',
              date: day(sessionOffset),
              durationMinutes: 50,
              prepNote: '',
              reflection: '',
              homework: [{ id: 'h', text: 'Homework', status: 'open' }],
              discussedInsightIds: [],
            });
          }
          const draft = prepDraft(printableJournal(doc), {
            today: day(todayOffset),
            dayOf: utcDay,
          });
          expect(leaksIn(JSON.stringify(draft))).toEqual([]);
          expect(leaksIn(asText(draft))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the prep scope', () => {
  it('a draft over the scoped journal is the draft over the whole journal', () => {
    fc.assert(
      fc.property(
        shareJournal,
        fc.integer({ min: 0, max: 420 }),
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 420 }), reflected: fc.boolean() }), {
          maxLength: 4,
        }),
        (doc, todayOffset, sessions) => {
          const day = (n: number) =>
            new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
          sessions.forEach((s, i) =>
            doc.sessions.push({
              id: `session-${i}`,
              date: day(s.day),
              durationMinutes: 50,
              prepNote: '',
              reflection: s.reflected ? 'Reflected' : '',
              homework: [],
              discussedInsightIds: [],
            }),
          );
          const today = day(todayOffset);
          const options = { today, dayOf: utcDay };
          const scoped = prepScope(doc, today);
          expect(prepDraft(printableJournal(scoped), options)).toEqual(
            prepDraft(printableJournal(doc), options),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves out entries before the mood comparison unless they hold an insight to bring', () => {
    const j = new PrepJournal();
    j.session('2024-04-24');
    const old = j.entry('2024-01-01', 'full');
    j.entry('2024-01-02', 'full');
    j.insight(old, { bringToSession: true });
    j.entry('2024-04-16', 'summary');
    j.entry('2024-04-15', 'summary');
    const scoped = prepScope(j.doc, '2024-05-01');
    expect(scoped.entries.map((e) => e.date)).toEqual(['2024-01-01', '2024-04-16']);
    expect(scoped.insights).toHaveLength(1);
  });
});
