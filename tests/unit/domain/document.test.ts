import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTO_LOCK_MINUTES,
  emptyDocument,
  insightSchema,
  journalDocumentSchema,
  parseJournalDocument,
  settingsSchema,
  checkInSchema,
  entrySchema,
} from '../../../shared/domain';
import { journalDocument } from './arbitraries';

describe('the journal document', () => {
  it('a fresh document is valid, empty, at schema version 4, with default settings', () => {
    const doc = emptyDocument();
    expect(journalDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.schemaVersion).toBe(4);
    expect(doc.entries).toEqual([]);
    expect(doc.prompts).toEqual([]);
    expect(doc.settings).toMatchObject({
      autoLockMinutes: 5,
      theme: 'system',
      weekStart: 'monday',
    });
    expect(emptyDocument()).not.toBe(doc);
    expect(emptyDocument().settings).not.toBe(doc.settings);
  });

  it('every generated document validates and parses to itself', () => {
    fc.assert(
      fc.property(journalDocument, (doc) => {
        expect(parseJournalDocument(structuredClone(doc))).toStrictEqual(structuredClone(doc));
      }),
      { numRuns: 100 },
    );
  });

  it('auto-lock accepts 1 to 240 whole minutes only', () => {
    const ok = (minutes: number) =>
      settingsSchema.safeParse({ ...emptyDocument().settings, autoLockMinutes: minutes }).success;
    expect(AUTO_LOCK_MINUTES).toEqual({ min: 1, max: 240, default: 5 });
    expect([1, 5, 240].map(ok)).toEqual([true, true, true]);
    expect([0, 241, 2.5, -1].map(ok)).toEqual([false, false, false, false]);
  });

  it('theme is system, light or dark', () => {
    const ok = (theme: string) =>
      settingsSchema.safeParse({ ...emptyDocument().settings, theme }).success;
    expect(['system', 'light', 'dark'].map(ok)).toEqual([true, true, true]);
    expect(ok('blue')).toBe(false);
  });

  it('breakthrough details stay on breakthroughs and defences on blockers', () => {
    const base = {
      id: 'i',
      entryId: 'e',
      note: '',
      intensity: 3,
      goalIds: [],
      bringToSession: false,
      createdAt: '2024-01-01T00:00:00.000Z',
    };
    expect(
      insightSchema.safeParse({
        ...base,
        kind: 'breakthrough',
        arrival: 'visceral',
        tone: 'hopeful',
      }).success,
    ).toBe(true);
    expect(insightSchema.safeParse({ ...base, kind: 'pattern', arrival: 'visceral' }).success).toBe(
      false,
    );
    expect(
      insightSchema.safeParse({ ...base, kind: 'blocker', defence: 'avoidance' }).success,
    ).toBe(true);
    expect(
      insightSchema.safeParse({ ...base, kind: 'setback', defence: 'avoidance' }).success,
    ).toBe(false);
  });

  it('a check-in has exactly as many answers as its instrument has questions', () => {
    const base = { id: 'c', date: '2024-01-01', score: 0, band: 'minimal' };
    expect(
      checkInSchema.safeParse({ ...base, instrument: 'PHQ-9', answers: Array(9).fill(0) }).success,
    ).toBe(true);
    expect(
      checkInSchema.safeParse({ ...base, instrument: 'PHQ-9', answers: Array(7).fill(0) }).success,
    ).toBe(false);
    expect(
      checkInSchema.safeParse({ ...base, instrument: 'GAD-7', answers: Array(7).fill(4) }).success,
    ).toBe(false);
  });

  it('a check-in stores the sum of its answers and the band of that score, never others', () => {
    const answers = [1, 2, 1, 0, 1, 2, 1];
    const base = { id: 'c', date: '2024-01-01', instrument: 'GAD-7', answers };
    expect(checkInSchema.safeParse({ ...base, score: 8, band: 'mild' }).success).toBe(true);
    expect(checkInSchema.safeParse({ ...base, score: 9, band: 'mild' }).success).toBe(false);
    expect(checkInSchema.safeParse({ ...base, score: 8, band: 'moderate' }).success).toBe(false);
    expect(
      checkInSchema.safeParse({ ...base, score: 8, band: 'mild', difficulty: 4 }).success,
    ).toBe(false);
  });

  it('dates are local days and instants are ISO timestamps', () => {
    const entry = {
      id: 'e',
      date: '2024-02-30',
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z',
      title: '',
      body: '',
      tags: [],
      shareLevel: 'private',
    };
    const doc = { ...emptyDocument(), entries: [entry] };
    expect(
      journalDocumentSchema.safeParse({ ...doc, entries: [{ ...entry, date: '2024-02-28' }] })
        .success,
    ).toBe(true);
    expect(
      journalDocumentSchema.safeParse({ ...doc, entries: [{ ...entry, date: '28/02/2024' }] })
        .success,
    ).toBe(false);
    expect(
      journalDocumentSchema.safeParse({
        ...doc,
        entries: [{ ...entry, date: '2024-02-28', createdAt: 'yesterday' }],
      }).success,
    ).toBe(false);
  });
});

describe('record rules', () => {
  const entry = {
    id: 'e',
    date: '2024-02-28',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    title: '',
    body: '',
    tags: ['ok'],
    shareLevel: 'private',
  };
  const broken: Array<[string, Record<string, unknown>]> = [
    ['id', { id: '' }],
    ['id', { id: 'x'.repeat(65) }],
    ['createdAt', { createdAt: '2024-01-01 00:00:00' }],
    ['updatedAt', { updatedAt: '2024-01-01T25:00:00.000Z' }],
    ['mood', { mood: 0 }],
    ['mood', { mood: 11 }],
    ['mood', { mood: 5.5 }],
    ['tags', { tags: [''] }],
    ['tags', { tags: Array(101).fill('t') }],
    ['title', { title: 'x'.repeat(1001) }],
  ];
  for (const [field, change] of broken) {
    it(`an entry with a bad ${field} (${JSON.stringify(change).slice(0, 40)}) is refused at that field`, () => {
      const result = entrySchema.safeParse({ ...entry, ...change });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
    });
  }

  it('a well-formed entry passes, with or without its optional fields', () => {
    expect(entrySchema.safeParse(entry).success).toBe(true);
    expect(entrySchema.safeParse({ ...entry, mood: 10, promptId: 'p' }).success).toBe(true);
  });
});
