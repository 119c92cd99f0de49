import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../shared/domain';
import type { Entry, Insight, JournalDocument, Session } from '../../../shared/domain';
import { ALL_LEVELS, exportedDocument } from '../../../shared/export/selection';

const entry = (id: string, shareLevel: Entry['shareLevel'], deletedAt?: string): Entry => ({
  id,
  date: '2024-03-01',
  createdAt: '2024-03-01T10:00:00.000Z',
  updatedAt: '2024-03-01T10:00:00.000Z',
  title: id,
  body: '',
  tags: [],
  shareLevel,
  ...(deletedAt ? { deletedAt } : {}),
});
const insight = (id: string, entryId: string): Insight => ({
  id,
  entryId,
  note: '',
  kind: 'pattern',
  intensity: 5,
  goalIds: [],
  bringToSession: false,
  createdAt: '2024-03-01T10:00:00.000Z',
});

function journal(): JournalDocument {
  const doc = emptyDocument();
  doc.entries = [entry('p', 'private'), entry('s', 'summary'), entry('t', 'full', '2024-03-02')];
  doc.insights = [insight('ip', 'p'), insight('is', 's'), insight('it', 't')];
  doc.sessions = [{ discussedInsightIds: ['ip', 'is'] } as unknown as Session];
  return doc;
}

describe('what an export holds', () => {
  it('leaves out the trash and the levels not chosen, with their insights', () => {
    const out = exportedDocument(journal(), new Set(['summary', 'full']));
    expect(out.entries.map((e) => e.id)).toEqual(['s']);
    expect(out.insights.map((i) => i.id)).toEqual(['is']);
    expect(out.sessions[0]!.discussedInsightIds).toEqual(['is']);
  });

  it('the encrypted copy keeps every level but still not the trash, and the journal is untouched', () => {
    const doc = journal();
    const out = exportedDocument(doc, ALL_LEVELS);
    expect(out.entries.map((e) => e.id)).toEqual(['p', 's']);
    expect(out.insights.map((i) => i.id)).toEqual(['ip', 'is']);
    expect(out.sessions[0]).toBe(doc.sessions[0]);
    expect(doc.entries).toHaveLength(3);
  });
});
