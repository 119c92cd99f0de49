import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inPeriod, printableJournal, shareCounts } from '../../../shared/report/share-rule';
import { journalFrom, leaksIn, shareJournal } from './share-journals';

const one = (level: 'private' | 'summary' | 'full', extra: { trashed?: boolean } = {}) =>
  journalFrom([
    {
      level,
      day: 3,
      mood: 6,
      trashed: extra.trashed ?? false,
      insights: [{ kind: 'breakthrough', bring: true, quoted: true, goal: true }],
    },
  ]);

describe('the share rule', () => {
  it('a private entry is its day and mood, its insight a kind on that day: no field holds words', () => {
    const journal = printableJournal(one('private'));
    expect(journal.entries).toEqual([
      { level: 'private', id: journal.entries[0]!.id, date: '2025-01-04', mood: 6 },
    ]);
    expect(journal.insights).toEqual([
      {
        level: 'private',
        id: journal.insights[0]!.id,
        entryId: journal.entries[0]!.id,
        entryDate: '2025-01-04',
        kind: 'breakthrough',
      },
    ]);
  });

  it('"leave private entries out of charts too" takes away their mood and their insights', () => {
    const journal = printableJournal(one('private'), { leavePrivateOutOfCharts: true });
    expect(journal.entries).toEqual([
      { level: 'private', id: journal.entries[0]!.id, date: '2025-01-04' },
    ]);
    expect(journal.insights).toEqual([]);
    // Still counted as left out, so "What this shows" can say so.
    expect(shareCounts(journal.entries)).toEqual({ full: 0, summary: 0, privateLeftOut: 1 });
  });

  it('the setting is read from the journal unless options are given', () => {
    const doc = one('private');
    doc.settings.reportDefaults.leavePrivateOutOfCharts = true;
    expect(printableJournal(doc).insights).toEqual([]);
    expect(printableJournal(doc, { leavePrivateOutOfCharts: false }).insights).toHaveLength(1);
  });

  it('a summary entry shows date, title, mood, tags and its insight notes, never body or quote', () => {
    const journal = printableJournal(one('summary'));
    const [entry] = journal.entries;
    expect(entry).toEqual({
      level: 'summary',
      id: entry!.id,
      date: '2025-01-04',
      title: 'Title 0',
      mood: 6,
      tags: ['tag0'],
    });
    const [insight] = journal.insights;
    expect(insight).toMatchObject({ level: 'summary', note: 'note 0.0', entryTitle: 'Title 0' });
    expect(insight).not.toHaveProperty('quote');
  });

  it('a full entry shows everything, its body without the marks’ tags', () => {
    const journal = printableJournal(one('full'));
    expect(journal.entries[0]).toMatchObject({ level: 'full', body: 'FULL0body FULL0quotea' });
    expect(journal.insights[0]).toMatchObject({ level: 'full', quote: 'FULL0quotea' });
  });

  it('entries in the trash, and their insights, are in no printout', () => {
    const journal = printableJournal(one('full', { trashed: true }));
    expect(journal.entries).toEqual([]);
    expect(journal.insights).toEqual([]);
  });

  it('counts entries by how they are shown', () => {
    const doc = journalFrom(
      (['full', 'summary', 'summary', 'private', 'private', 'private'] as const).map(
        (level, day) => ({ level, day, mood: null, trashed: false, insights: [] }),
      ),
    );
    expect(shareCounts(printableJournal(doc).entries)).toEqual({
      full: 1,
      summary: 2,
      privateLeftOut: 3,
    });
  });

  it('a period includes both of its days; an open end is open', () => {
    expect(inPeriod('2025-01-04', { from: '2025-01-04', to: '2025-01-04' })).toBe(true);
    expect(inPeriod('2025-01-03', { from: '2025-01-04' })).toBe(false);
    expect(inPeriod('2025-01-05', { to: '2025-01-04' })).toBe(false);
    expect(inPeriod('1999-01-01', {})).toBe(true);
  });

  it('no word of a private entry, nor the body or a quote of a summary one, gets through', () => {
    fc.assert(
      fc.property(shareJournal, fc.boolean(), (doc, leavePrivateOutOfCharts) => {
        const journal = printableJournal(doc, { leavePrivateOutOfCharts });
        expect(leaksIn(JSON.stringify(journal))).toEqual([]);
        // And the full entries' words do (the rule is not simply "show nothing").
        for (const entry of doc.entries.filter((e) => e.shareLevel === 'full' && !e.deletedAt)) {
          expect(JSON.stringify(journal)).toContain(`${entry.title}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
