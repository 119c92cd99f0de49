import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/domain';
import { monthOfDay } from '../../../shared/therapy/month-range';
import { progressReport } from '../../../shared/therapy/progress';
import { journal, session } from './progress-records';

const DAY_MS = 86_400_000;
const START = Date.UTC(2022, 0, 1);
/** A local day within about four years, leap days included. */
const day = fc
  .integer({ min: 0, max: 4 * 366 })
  .map((n) => new Date(START + n * DAY_MS).toISOString().slice(0, 10));
const cost = fc.option(
  fc.record({
    minorUnits: fc.integer({ min: 0, max: 1_000_000 }),
    currency: fc.constantFrom('EUR', 'USD', 'GBP', 'JPY'),
  }),
  { nil: undefined },
);
const sessions = fc.array(
  fc
    .tuple(day, fc.integer({ min: 1, max: 1440 }), cost)
    .map(([date, minutes, money]) => session(date, minutes, money)),
  { maxLength: 40 },
);
const period = fc
  .tuple(day, day)
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

const utc = (instant: string) => instant.slice(0, 10);

/** What each currency should total: a plain sum over the sessions whose day is in the period. */
function expectedSpent(all: Session[], from: string, to: string, month?: string) {
  const sums: Record<string, number> = {};
  for (const s of all) {
    if (!s.cost || s.date < from || s.date > to) continue;
    if (month && monthOfDay(s.date) !== month) continue;
    sums[s.cost.currency] = (sums[s.cost.currency] ?? 0) + s.cost.minorUnits;
  }
  return sums;
}

describe('progress figures: properties', () => {
  it('money totals per currency are the sums over the sessions, and never mixed', () => {
    fc.assert(
      fc.property(sessions, period, (all, { from, to }) => {
        const doc = journal();
        doc.sessions.push(...all);
        const report = progressReport(doc, { from, to }, utc);
        expect(report.totals.spent).toEqual(expectedSpent(all, from, to));
        for (const month of report.months) {
          expect(month.spent).toEqual(expectedSpent(all, from, to, month.month));
        }
      }),
    );
  });

  it('running totals never go down, and end at the period’s totals', () => {
    fc.assert(
      fc.property(sessions, period, (all, { from, to }) => {
        const doc = journal();
        doc.sessions.push(...all);
        const { totals } = progressReport(doc, { from, to }, utc);
        let previous = { minutes: 0, spent: {} as Record<string, number> };
        for (const point of totals.cumulative) {
          expect(point.minutes).toBeGreaterThanOrEqual(previous.minutes);
          for (const [currency, amount] of Object.entries(previous.spent)) {
            expect(point.spent[currency]).toBeGreaterThanOrEqual(amount);
          }
          previous = point;
        }
        expect(previous.minutes).toBe(totals.minutes);
        expect(previous.spent).toEqual(totals.spent);
      }),
    );
  });

  it('the months cover the period exactly: each once, in order, no gap, nothing outside', () => {
    fc.assert(
      fc.property(sessions, period, (all, { from, to }) => {
        const doc = journal();
        doc.sessions.push(...all);
        const report = progressReport(doc, { from, to }, utc);
        const months = report.months.map((m) => m.month);
        expect(months[0]).toBe(monthOfDay(from));
        expect(months.at(-1)).toBe(monthOfDay(to));
        for (let i = 1; i < months.length; i++) {
          const [y, m] = months[i - 1]!.split('-').map(Number) as [number, number];
          const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
          expect(months[i]).toBe(next);
        }
        const inPeriod = all.filter((s) => s.date >= from && s.date <= to);
        expect(report.totals.sessions).toBe(inPeriod.length);
        expect(report.months.reduce((n, m) => n + m.sessions, 0)).toBe(inPeriod.length);
      }),
    );
  });
});
