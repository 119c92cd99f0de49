import { describe, expect, it } from 'vitest';
import { CallError, TestClock, openJournal } from '../entries/harness';
import { session as sessionRecord } from './report-builders';

// 2025-03-25, mid-morning in any time zone a test runner is likely to use.
const clock = () => new TestClock(new Date('2025-03-25T10:00:00.000Z'));

describe('report:model', () => {
  it('builds the chosen sections through the share rule, from the journal as it is now', async () => {
    const journal = await openJournal(clock());
    await journal.call('entries:create', {
      date: '2025-03-20',
      title: 'Shared walk',
      body: 'A full body',
      tags: [],
      shareLevel: 'full',
      mood: 7,
    });
    await journal.call('entries:create', {
      date: '2025-03-21',
      title: 'Kept to myself',
      body: 'Only mine',
      tags: ['secret'],
      shareLevel: 'private',
      mood: 3,
    });
    const report = await journal.call('report:model', {
      range: 'last-30-days',
      sections: ['summary', 'mood'],
    });
    expect(report.period).toEqual({
      from: '2025-02-24',
      to: '2025-03-25',
      chosen: 'last-30-days',
      madeOn: '2025-03-25',
    });
    expect(report.sections).toEqual(['summary', 'mood']);
    expect(report.shows).toEqual({ full: 1, summary: 0, privateLeftOut: 1 });
    expect(report.summary?.meanMood).toBe(5);
    expect(JSON.stringify(report)).not.toMatch(/Kept to myself|Only mine|secret/);
  });

  it('"since last session" with no session says so and covers the last 30 days', async () => {
    const journal = await openJournal(clock());
    const report = await journal.call('report:model', {
      range: 'since-last-session',
      sections: [],
    });
    expect(report.period).toMatchObject({
      from: '2025-02-24',
      to: '2025-03-25',
      noSessionYet: true,
    });
  });

  it('"since last session" starts on the last logged session', async () => {
    const journal = await openJournal(clock());
    await journal.session.change((doc) => {
      doc.sessions.push(sessionRecord('2025-03-11'), sessionRecord('2025-03-18'));
    });
    const report = await journal.call('report:model', {
      range: 'since-last-session',
      sections: ['sessions'],
    });
    expect(report.period.from).toBe('2025-03-18');
    expect(report.sessions).toEqual({ count: 1, minutes: 50, spent: {}, withoutCost: 1 });
  });

  it('a custom period that ends before it starts is refused with what to change', async () => {
    const journal = await openJournal(clock());
    const refused = journal.call('report:model', {
      from: '2025-03-10',
      to: '2025-03-01',
      sections: ['summary'],
    });
    await expect(refused).rejects.toThrow(CallError);
    await expect(refused).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'The period must end on or after its first day.',
    });
  });

  it('unknown sections and repeated ones are refused by the contract', async () => {
    const journal = await openJournal(clock());
    await expect(
      journal.call('report:model', { range: 'all', sections: ['mood', 'mood'] }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(
      // @ts-expect-error: not a section
      journal.call('report:model', { range: 'all', sections: ['diary'] }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
