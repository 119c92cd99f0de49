import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc';
import type { Handler } from '../../../electron/ipc';
import { progressDomain } from '../../../electron/services/progress/domain';
import type { InputOf } from '../../../shared/contract';
import { openJournal } from '../entries/harness';
import type { Journal } from '../entries/harness';
import { checkIn, session } from './progress-records';

/** Calls progress:get through the handler loop, as the page does: schema parse, handler, Result. */
function progressOf(journal: Journal) {
  const handler = progressDomain(journal.session).handlers[
    'progress:get'
  ] as Handler<'progress:get'>;
  return (input: InputOf<'progress:get'>) => dispatch('progress:get', handler, input);
}

describe('progress:get', () => {
  it('answers the figures of what the journal holds, entries written through their channel', async () => {
    const journal = await openJournal();
    const progress = progressOf(journal);
    await journal.call('entries:create', {
      date: '2024-04-02',
      mood: 6,
      thoughtRecord: { emotions: [{ name: 'Angry', before: 70, after: 30 }] },
    });
    const trashed = await journal.call('entries:create', { date: '2024-04-03', mood: 1 });
    await journal.call('entries:delete', { id: trashed.id });
    // Sessions and check-ins have no channel on this branch yet: written into the document.
    await journal.session.change((doc) => {
      doc.sessions.push(
        session('2024-04-10', 50, { minorUnits: 9000, currency: 'EUR' }, ['tried', 'open']),
        session('2024-05-08', 60, { minorUnits: 15000, currency: 'CHF' }),
      );
      doc.checkIns.push(checkIn('2024-05-01', 'PHQ-9', 7));
    });

    const result = await progress({ from: '2024-04-01', to: '2024-05-31' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.totals).toMatchObject({
      sessions: 2,
      minutes: 110,
      spent: { EUR: 9000, CHF: 15000 },
      homeworkSet: 2,
      homeworkAttempted: 1,
      meanMood: 6,
      thoughtRecords: 1,
      reratingDrop: 40,
    });
    expect(result.value.months.map((m) => m.month)).toEqual(['2024-04', '2024-05']);
    expect(result.value.checkIns).toEqual([
      { date: '2024-05-01', instrument: 'PHQ-9', score: 7, band: 'mild' },
    ]);

    // The figures follow the records: restoring the entry brings its mood back.
    await journal.call('entries:restore', { id: trashed.id });
    const after = await progress({ from: '2024-04-01', to: '2024-05-31' });
    expect(after.ok && after.value.totals.meanMood).toBe(3.5);
  });

  it('all time, asked without a first day, starts at the first thing recorded', async () => {
    const journal = await openJournal();
    await journal.call('entries:create', { date: '2023-11-20', mood: 5 });
    const result = await progressOf(journal)({ to: '2024-01-15' });
    expect(result.ok && result.value.months.map((m) => m.month)).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
    ]);
  });

  it('refuses a period that ends before it starts, and a day that is not a day', async () => {
    const progress = progressOf(await openJournal());
    for (const input of [
      { from: '2024-02-01', to: '2024-01-01' },
      { from: '2024-02-30x', to: '2024-03-01' },
      { to: '2024-13-01' },
    ]) {
      const result = await progress(input);
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
  });
});
