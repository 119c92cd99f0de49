import { describe, expect, it } from 'vitest';
import { REPORT_SECTIONS } from '../../../shared/domain/settings';
import {
  CURRENT_SCHEMA_VERSION,
  DocumentError,
  emptyDocument,
  migrateDocument,
  migrations,
  parseJournalDocument,
} from '../../../shared/domain';
import type { Migration } from '../../../shared/domain';

/** A made-up history v0 → v1 → v2 → v3 that records the order its steps ran in. */
function history(ran: string[]): Migration[] {
  return [
    {
      from: 2,
      to: 3,
      migrate: (doc) => {
        ran.push('2→3');
        return {
          ...doc,
          tags: (doc.labels as string[]).map((l) => l.toLowerCase()),
          labels: undefined,
        };
      },
    },
    {
      from: 0,
      to: 1,
      migrate: (doc) => {
        ran.push('0→1');
        return { ...doc, notes: doc.notes ?? [] };
      },
    },
    {
      from: 1,
      to: 2,
      migrate: (doc) => {
        ran.push('1→2');
        return { ...doc, labels: ['Work', 'Sleep'] };
      },
    },
  ];
}

describe('migrations', () => {
  it('an old document is brought up one step at a time, in order, and stamped with each version', () => {
    const ran: string[] = [];
    const out = migrateDocument({ schemaVersion: 0 }, history(ran), 3);
    expect(ran).toEqual(['0→1', '1→2', '2→3']);
    expect(out).toMatchObject({ schemaVersion: 3, notes: [], tags: ['work', 'sleep'] });
  });

  it('a document already at the target version is returned untouched', () => {
    const ran: string[] = [];
    const doc = { schemaVersion: 3, x: 1 };
    expect(migrateDocument(doc, history(ran), 3)).toBe(doc);
    expect(ran).toEqual([]);
  });

  it('a document from a newer build is refused, not guessed at', () => {
    expect(() => migrateDocument({ schemaVersion: 4 }, history([]), 3)).toThrow(
      expect.objectContaining({ problem: 'newer-version', schemaVersion: 4 }),
    );
    expect(() =>
      parseJournalDocument({ ...emptyDocument(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
    ).toThrow(DocumentError);
  });

  it('a gap in the history, or a missing or odd schemaVersion, is refused', () => {
    const gap = history([]).filter((m) => m.from !== 1);
    expect(() => migrateDocument({ schemaVersion: 0 }, gap, 3)).toThrow(
      expect.objectContaining({ problem: 'unknown-version' }),
    );
    for (const bad of [{}, { schemaVersion: '1' }, { schemaVersion: 1.5 }, { schemaVersion: -1 }]) {
      expect(() => migrateDocument(bad, history([]), 3)).toThrow(
        expect.objectContaining({ problem: 'unknown-version' }),
      );
    }
    for (const bad of [null, [], 'doc', 42]) {
      expect(() => migrateDocument(bad, history([]), 3)).toThrow(
        expect.objectContaining({ problem: 'invalid' }),
      );
    }
  });

  it("the real history is a chain of single steps ending at this build's version", () => {
    const froms = migrations.map((m) => m.from);
    for (const m of migrations) expect(m.to).toBe(m.from + 1);
    expect(new Set(froms).size).toBe(froms.length);
    if (migrations.length)
      expect(Math.max(...migrations.map((m) => m.to))).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
  });

  it('a version 1 journal gains an empty list of its own prompts and keeps every record as it was', () => {
    const v1 = { ...structuredClone(emptyDocument()), schemaVersion: 1 } as Record<string, unknown>;
    delete v1.prompts;
    v1.settings = { ...emptyDocument().settings, safetyPlan: V2_SAFETY_PLAN };
    const entry = {
      id: 'e1',
      date: '2024-03-04',
      createdAt: '2024-03-04T20:15:00.000Z',
      updatedAt: '2024-03-04T20:31:00.000Z',
      title: 'After the call',
      body: 'I went **quiet** again.',
      mood: 4,
      tags: ['family'],
      shareLevel: 'summary',
    };
    v1.entries = [entry];
    const doc = parseJournalDocument(v1);
    expect(doc.schemaVersion).toBe(4);
    expect(doc.prompts).toEqual([]);
    expect(doc.entries).toEqual([entry]);
    expect(doc.entries[0]).not.toHaveProperty('deletedAt');
  });

  it('a version 2 journal: each check-in gains the band of its score; nothing else of it changes', () => {
    const v2 = v2Document();
    v2.checkIns = [
      {
        id: 'c1',
        date: '2024-03-06',
        instrument: 'GAD-7',
        answers: [1, 2, 1, 0, 1, 2, 1],
        score: 8,
      },
      {
        id: 'c2',
        date: '2024-03-20',
        instrument: 'PHQ-9',
        answers: [3, 3, 2, 2, 2, 2, 2, 1, 0],
        score: 17,
      },
    ];
    const doc = parseJournalDocument(v2);
    expect(doc.schemaVersion).toBe(4);
    expect(doc.checkIns).toEqual([
      { ...(v2.checkIns as object[])[0], band: 'mild' },
      { ...(v2.checkIns as object[])[1], band: 'moderately-severe' },
    ]);
    expect(doc.checkIns[0]).not.toHaveProperty('difficulty');
  });

  it('a version 2 safety plan carries over into the six sections: signs, steps, people, the emergency number', () => {
    const v2 = v2Document();
    v2.settings = {
      ...(v2.settings as object),
      safetyPlan: {
        warningSigns: ['Not sleeping', ''],
        copingSteps: ['Walk to the harbour'],
        contacts: [{ name: 'Sam', phone: '555 0101', note: 'evenings' }],
        emergencyNumber: '112',
      },
    };
    const doc = parseJournalDocument(v2);
    expect(doc.settings.safetyPlan).toEqual({
      warningSigns: ['Not sleeping'],
      copingSteps: ['Walk to the harbour'],
      peopleAndPlaces: [],
      helpContacts: [{ name: 'Sam', phone: '555 0101', note: 'evenings' }],
      professionals: [{ name: 'Emergency number', phone: '112' }],
      saferSurroundings: [],
      mostImportant: '',
    });
    expect(doc.settings).not.toHaveProperty('nextSessionDate');
  });

  it('a version 2 check-in whose score cannot be banded is refused, not repaired', () => {
    const v2 = v2Document();
    v2.checkIns = [
      {
        id: 'c',
        date: '2024-03-06',
        instrument: 'GAD-7',
        answers: [0, 0, 0, 0, 0, 0, 0],
        score: 25,
      },
    ];
    expect(() => parseJournalDocument(v2)).toThrow(DocumentError);
  });

  it('a version 3 journal: the report switches become its sections, every other section on', () => {
    const v3 = (includeMoodChart: boolean, includeCheckIns: boolean) => ({
      ...structuredClone(emptyDocument()),
      schemaVersion: 3,
      settings: {
        ...emptyDocument().settings,
        reportDefaults: { range: 'last-90-days', includeMoodChart, includeCheckIns },
      },
    });
    const all = parseJournalDocument(v3(true, true)).settings.reportDefaults;
    expect(all).toEqual({
      range: 'last-90-days',
      sections: [...REPORT_SECTIONS],
      leavePrivateOutOfCharts: false,
    });
    const fewer = parseJournalDocument(v3(false, false)).settings.reportDefaults;
    expect(fewer.sections).toEqual(
      REPORT_SECTIONS.filter((s) => s !== 'mood' && s !== 'check-ins'),
    );
    expect(parseJournalDocument(v3(true, false)).settings.reportDefaults.sections).not.toContain(
      'check-ins',
    );
  });

  it('a version 3 report setting of another shape is refused, not repaired', () => {
    const odd = {
      ...structuredClone(emptyDocument()),
      schemaVersion: 3,
      settings: {
        ...emptyDocument().settings,
        reportDefaults: { range: 'all', includeMoodChart: 'yes' },
      },
    };
    expect(() => parseJournalDocument(odd)).toThrow();
  });
});

const V2_SAFETY_PLAN = { warningSigns: [], copingSteps: [], contacts: [] };

function v2Document(): Record<string, unknown> {
  return {
    ...structuredClone(emptyDocument()),
    schemaVersion: 2,
    settings: { ...emptyDocument().settings, safetyPlan: V2_SAFETY_PLAN },
  };
}
