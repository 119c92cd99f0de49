import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry, Insight, InsightKind } from '../../../shared/domain';
import { insightKindSchema } from '../../../shared/domain';
import type { InsightFilter } from '../../../shared/therapy/therapy-contract';
import { openJournal } from '../entries/harness';
import { addGoal, addSession, entryWith, insightOn } from './steps';

describe('the list of insights', () => {
  it('is newest first by the entry’s day, then by when each was marked', async () => {
    const journal = await openJournal();
    const may = await entryWith(journal, '2024-05-10', 'May.', 'May');
    const march = await entryWith(journal, '2024-03-02', 'March.', 'March');
    const a = await journal.call('insights:create', insightOn(march, { note: 'a' }));
    journal.clock.advanceMs(1_000);
    const b = await journal.call('insights:create', insightOn(may, { note: 'b' }));
    journal.clock.advanceMs(1_000);
    const c = await journal.call('insights:create', insightOn(march, { note: 'c' }));
    const page = await journal.call('insights:list', {});
    expect(page.items.map((i) => i.note)).toEqual(['b', 'c', 'a']);
    expect(page.items.map((i) => [i.entryDate, i.entryTitle])).toEqual([
      ['2024-05-10', 'May'],
      ['2024-03-02', 'March'],
      ['2024-03-02', 'March'],
    ]);
    expect(page.total).toBe(3);
    expect([a.id, b.id, c.id]).toHaveLength(3);
  });

  it('filters by kind, goal, entry, period, bring to session and not yet discussed', async () => {
    const journal = await openJournal();
    await addGoal(journal, 'g1');
    const april = await entryWith(journal, '2024-04-30', 'April.');
    const may = await entryWith(journal, '2024-05-01', 'May.');
    const june = await entryWith(journal, '2024-06-15', 'June.');
    const create = (entryId: string, note: string, rest: Parameters<typeof insightOn>[1] = {}) =>
      journal.call('insights:create', insightOn(entryId, { note, ...rest }));
    await create(april, 'win', { kind: 'small-win', goalIds: ['g1'] });
    const brought = await create(may, 'brought', { kind: 'blocker', bringToSession: true });
    await create(may, 'to bring', { kind: 'question', bringToSession: true, goalIds: ['g1'] });
    await create(june, 'plain', { kind: 'question' });
    await addSession(journal, 's1', '2024-05-20', [brought.id]);

    const notes = async (filter: InsightFilter) =>
      (await journal.call('insights:list', filter)).items.map((i) => i.note).sort();
    expect(await notes({ kind: 'question' })).toEqual(['plain', 'to bring']);
    expect(await notes({ goalId: 'g1' })).toEqual(['to bring', 'win']);
    expect(await notes({ entryId: may })).toEqual(['brought', 'to bring']);
    expect(await notes({ from: '2024-05-01', to: '2024-05-31' })).toEqual(['brought', 'to bring']);
    expect(await notes({ to: '2024-04-30' })).toEqual(['win']);
    expect(await notes({ bringToSession: true })).toEqual(['brought', 'to bring']);
    expect(await notes({ bringToSession: false })).toEqual(['plain', 'win']);
    expect(await notes({ notDiscussed: true })).toEqual(['to bring']);
    expect(await notes({ kind: 'question', goalId: 'g1', notDiscussed: true })).toEqual([
      'to bring',
    ]);
    expect(await notes({ goalId: 'no-such-goal' })).toEqual([]);
  });

  it('tells the day an insight was discussed, from the session that lists it or that it names', async () => {
    const journal = await openJournal();
    const entryId = await entryWith(journal, '2024-05-01', 'Words.');
    const listed = await journal.call('insights:create', insightOn(entryId, { note: 'listed' }));
    const named = await journal.call('insights:create', insightOn(entryId, { note: 'named' }));
    const not = await journal.call('insights:create', insightOn(entryId, { note: 'not' }));
    await addSession(journal, 's1', '2024-05-08', [listed.id]);
    await addSession(journal, 's2', '2024-05-15', []);
    await journal.session.change((doc) => {
      doc.insights.find((i) => i.id === named.id)!.discussedInSessionId = 's2';
    });
    const byNote = Object.fromEntries(
      (await journal.call('insights:list', {})).items.map((i) => [i.note, i.discussedOn]),
    );
    expect(byNote).toEqual({ listed: '2024-05-08', named: '2024-05-15', not: undefined });
    expect(await journal.call('insights:get', { id: not.id })).not.toHaveProperty('discussedOn');
  });

  it('says whether each passage is still marked, was removed, or is the whole entry', async () => {
    const journal = await openJournal();
    const entryId = await entryWith(journal, '2024-05-01', 'Words.');
    const marked = await journal.call(
      'insights:create',
      insightOn(entryId, { quote: 'kept words' }),
    );
    const removed = await journal.call(
      'insights:create',
      insightOn(entryId, { quote: 'lost words' }),
    );
    const whole = await journal.call('insights:create', insightOn(entryId));
    await journal.call('entries:update', {
      id: entryId,
      patch: { body: `Some <mark data-insight="${marked.id}">kept words</mark>.` },
    });
    const passages = Object.fromEntries(
      (await journal.call('insights:list', { entryId })).items.map((i) => [i.id, i.passage]),
    );
    expect(passages).toEqual({
      [marked.id]: 'marked',
      [removed.id]: 'removed',
      [whole.id]: 'whole-entry',
    });
    expect((await journal.call('insights:get', { id: removed.id })).quote).toBe('lost words');
  });

  it('counts every kind per month over everything the filter matches, not just the page', async () => {
    const journal = await openJournal();
    const march = await entryWith(journal, '2024-03-31', 'March.');
    const may = await entryWith(journal, '2024-05-01', 'May.');
    const kinds: Array<[string, InsightKind]> = [
      [march, 'setback'],
      [march, 'setback'],
      [may, 'breakthrough'],
      [may, 'small-win'],
      [may, 'breakthrough'],
    ];
    for (const [entryId, kind] of kinds) {
      await journal.call('insights:create', insightOn(entryId, { kind }));
    }
    const page = await journal.call('insights:list', { limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(5);
    expect(page.monthly).toEqual([
      { month: '2024-03', counts: { setback: 2 } },
      { month: '2024-05', counts: { breakthrough: 2, 'small-win': 1 } },
    ]);
    expect((await journal.call('insights:list', { kind: 'setback' })).monthly).toEqual([
      { month: '2024-03', counts: { setback: 2 } },
    ]);
  });

  it('pages through every insight a filter matches exactly once, in order', async () => {
    const journal = await openJournal();
    const days = ['2024-01-31', '2024-02-01', '2024-02-01', '2024-03-15'];
    const instants = [
      '2024-04-01T10:00:00.000Z',
      '2024-04-01T10:00:00.000Z',
      '2024-04-02T08:00:00.000Z',
    ];
    const kinds = insightKindSchema.options;
    const arbitraryJournal = fc.record({
      entries: fc.array(fc.record({ day: fc.constantFrom(...days), trashed: fc.boolean() }), {
        minLength: 1,
        maxLength: 8,
      }),
      insights: fc.array(
        fc.record({
          entry: fc.nat(),
          kind: fc.constantFrom(...kinds),
          createdAt: fc.constantFrom(...instants),
          bring: fc.boolean(),
          goal: fc.boolean(),
        }),
        { maxLength: 30 },
      ),
    });
    const arbitraryFilter = fc.record(
      {
        kind: fc.constantFrom(...kinds),
        goalId: fc.constant('g'),
        from: fc.constantFrom(...days),
        to: fc.constantFrom(...days),
        bringToSession: fc.boolean(),
        notDiscussed: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    await addGoal(journal, 'g');

    await fc.assert(
      fc.asyncProperty(
        arbitraryJournal,
        arbitraryFilter,
        fc.integer({ min: 1, max: 7 }),
        async (shape, filter, limit) => {
          const entries: Entry[] = shape.entries.map((e, i) => ({
            id: `e${i}`,
            date: e.day,
            createdAt: '2024-04-01T09:00:00.000Z',
            updatedAt: '2024-04-01T09:00:00.000Z',
            title: '',
            body: '',
            tags: [],
            shareLevel: 'private',
            ...(e.trashed ? { deletedAt: '2024-04-03T09:00:00.000Z' } : {}),
          }));
          // Stored in an order unrelated to the expected one; ids also unrelated to it.
          const insights: Insight[] = shape.insights.map((s, i) => ({
            id: `i${(i * 7919) % 1000}-${i}`,
            entryId: entries[s.entry % entries.length]!.id,
            note: '',
            kind: s.kind,
            intensity: 0,
            goalIds: s.goal ? ['g'] : [],
            bringToSession: s.bring,
            createdAt: s.createdAt,
          }));
          await journal.session.change((doc) => {
            doc.entries = entries;
            doc.insights = insights;
          });
          const dayOf = new Map(entries.map((e) => [e.id, e]));
          const expected = insights
            .filter((i) => {
              const entry = dayOf.get(i.entryId)!;
              return (
                !entry.deletedAt &&
                (filter.kind === undefined || i.kind === filter.kind) &&
                (filter.goalId === undefined || i.goalIds.includes(filter.goalId)) &&
                (filter.from === undefined || entry.date >= filter.from) &&
                (filter.to === undefined || entry.date <= filter.to) &&
                (filter.bringToSession === undefined ||
                  i.bringToSession === filter.bringToSession) &&
                (!filter.notDiscussed || i.bringToSession)
              );
            })
            .map((i) => ({ key: `${dayOf.get(i.entryId)!.date}|${i.createdAt}|${i.id}`, id: i.id }))
            .sort((a, b) => (a.key < b.key ? 1 : -1))
            .map((i) => i.id);

          const seen: string[] = [];
          for (let offset = 0; ; offset += limit) {
            const page = await journal.call('insights:list', { ...filter, offset, limit });
            expect(page.total).toBe(expected.length);
            const counted = page.monthly.flatMap((m) => Object.values(m.counts));
            expect(counted.reduce((a, b) => a + b, 0)).toBe(expected.length);
            if (page.items.length === 0) break;
            expect(page.items.length).toBeLessThanOrEqual(limit);
            seen.push(...page.items.map((i) => i.id));
          }
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
