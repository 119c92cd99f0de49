import type { MoneyTotals } from './therapy-contract';

/*
 * Money is summed per currency in integer minor units: 90.00 EUR and 90.00 USD are two totals,
 * never one number, and cents never drift through floating point.
 */

/** Adds an amount to its currency's total, in place. */
export function addMoney(totals: MoneyTotals, currency: string, minorUnits: number): void {
  totals[currency] = (totals[currency] ?? 0) + minorUnits;
}

/** A new total: `a` plus `b`, currency by currency. */
export function plusMoney(a: Readonly<MoneyTotals>, b: Readonly<MoneyTotals>): MoneyTotals {
  const sum: MoneyTotals = { ...a };
  for (const [currency, amount] of Object.entries(b)) addMoney(sum, currency, amount);
  return sum;
}

/** The currencies a total holds, in a stable order (alphabetical by ISO code). */
export const currenciesOf = (totals: Readonly<MoneyTotals>): string[] => Object.keys(totals).sort();
