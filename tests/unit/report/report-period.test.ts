import { describe, expect, it } from 'vitest';
import {
  customPeriodProblem,
  lastSessionDay,
  reportPeriod,
} from '../../../shared/report/report-period';

const sessions = [{ date: '2025-03-04' }, { date: '2025-03-18' }, { date: '2025-03-11' }];

describe('the period a report covers', () => {
  it('"since last session" starts on the last session logged before today', () => {
    expect(reportPeriod({ range: 'since-last-session' }, '2025-03-25', sessions)).toEqual({
      from: '2025-03-18',
      to: '2025-03-25',
      chosen: 'since-last-session',
    });
  });

  it('a session dated today or later is the one the report is for, not its start', () => {
    expect(
      lastSessionDay([...sessions, { date: '2025-03-25' }, { date: '2025-04-01' }], '2025-03-25'),
    ).toBe('2025-03-18');
  });

  it('with no session logged yet, the last 30 days, and it says so', () => {
    expect(
      reportPeriod({ range: 'since-last-session' }, '2025-03-25', [{ date: '2025-03-30' }]),
    ).toEqual({
      from: '2025-02-24',
      to: '2025-03-25',
      chosen: 'since-last-session',
      noSessionYet: true,
    });
  });

  it('the last 30 and 90 days include today', () => {
    expect(reportPeriod({ range: 'last-30-days' }, '2025-03-01', [])).toEqual({
      from: '2025-01-31',
      to: '2025-03-01',
      chosen: 'last-30-days',
    });
    expect(reportPeriod({ range: 'last-90-days' }, '2025-03-31', []).from).toBe('2025-01-01');
  });

  it('"all" leaves the start to the journal; a custom period is the two days chosen', () => {
    expect(reportPeriod({ range: 'all' }, '2025-03-31', sessions)).toEqual({
      to: '2025-03-31',
      chosen: 'all',
    });
    expect(reportPeriod({ from: '2024-01-01', to: '2024-06-30' }, '2025-03-31', [])).toEqual({
      from: '2024-01-01',
      to: '2024-06-30',
      chosen: 'custom',
    });
  });

  it('a custom period that ends before it starts, or spans over 100 years, is explained', () => {
    expect(customPeriodProblem('2025-03-02', '2025-03-01')).toBe(
      'The period must end on or after its first day.',
    );
    expect(customPeriodProblem('1900-01-01', '2025-03-01')).toBe(
      'Choose a period of up to 100 years.',
    );
    expect(customPeriodProblem('2025-03-01', '2025-03-01')).toBeNull();
  });
});
