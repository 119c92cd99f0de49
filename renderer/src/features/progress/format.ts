import type { InsightKind } from '../../../../shared/domain/records';
import type { MoneyTotals } from '../../../../shared/therapy/therapy-contract';
import { currenciesOf } from '../../../../shared/therapy/money-totals';
import { mediumDate, monthYear } from '../../lib/dates';

/* How the Progress screen writes its figures: the system's locale, through Intl, throughout. */

const moneyFormats = new Map<string, { full: Intl.NumberFormat; axis: Intl.NumberFormat }>();
const moneyFormat = (currency: string) => {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = {
      full: new Intl.NumberFormat(undefined, { style: 'currency', currency }),
      axis: new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency,
        notation: 'compact',
        maximumFractionDigits: 1,
      }),
    };
    moneyFormats.set(currency, format);
  }
  return format;
};

/** Minor units in major ones: the currency's own digits, 2 for EUR, 0 for JPY, 3 for KWD. */
const inMajorUnits = (minorUnits: number, currency: string) =>
  minorUnits / 10 ** (moneyFormat(currency).full.resolvedOptions().maximumFractionDigits ?? 2);

/** An amount stored in minor units, in its currency's own format ("€1,080.00", "¥5,000"). */
export const formatMoney = (minorUnits: number, currency: string): string =>
  moneyFormat(currency).full.format(inMajorUnits(minorUnits, currency));

/** A short amount for a chart's axis ("€50", "€1.2K"). */
export const formatMoneyAxis = (minorUnits: number, currency: string): string =>
  moneyFormat(currency).axis.format(inMajorUnits(minorUnits, currency));

/** Every currency of a total, each on its own: "€1,080.00 and US$200.00". */
export function formatTotals(totals: Readonly<MoneyTotals>): string {
  const parts = currenciesOf(totals).map((c) => formatMoney(totals[c]!, c));
  return new Intl.ListFormat(undefined, { type: 'conjunction' }).format(parts);
}

const currencyNames = new Intl.DisplayNames(undefined, { type: 'currency' });
/** "Euro (EUR)". */
export const currencyName = (currency: string) =>
  `${currencyNames.of(currency) ?? currency} (${currency})`;

const hoursFormat = new Intl.NumberFormat(undefined, {
  style: 'unit',
  unit: 'hour',
  unitDisplay: 'long',
  maximumFractionDigits: 1,
});
/** "10 hours", "1.5 hours". */
export const formatHours = (minutes: number) => hoursFormat.format(minutes / 60);

const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
/** A mean or a count, with at most one decimal. */
export const formatNumber = (value: number) => oneDecimal.format(value);

/** "March 2024" for `2024-03`. */
export const monthName = (month: string) => monthYear(`${month}-01`);

const shortMonth = new Intl.DateTimeFormat(undefined, { month: 'short' });
/** "Mar" for `2024-03`, for a chart's axis. */
export const monthShort = (month: string) => shortMonth.format(new Date(`${month}-01T12:00:00`));

export const dayName = (day: string) => mediumDate(day);

export const KIND_LABELS: Record<InsightKind, string> = {
  breakthrough: 'Breakthroughs',
  pattern: 'Patterns',
  'small-win': 'Small wins',
  'coping-skill': 'Coping skills',
  setback: 'Setbacks',
  blocker: 'Blockers',
  question: 'Questions',
};

/** "1 session", "12 sessions". */
export const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;
