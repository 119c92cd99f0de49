import type { MoneyTotals } from '../../../shared/therapy/therapy-contract';
import { currencyDigits } from '../../../shared/therapy/money';
import { currenciesOf } from '../../../shared/therapy/money-totals';

/*
 * Money as every screen writes it: in the system's locale (undefined) through Intl, from the
 * integer minor units the journal stores. A currency's digits are those `parseMoney` reads with,
 * so what was typed as 90.50 shows as 90.50.
 */

interface MoneyFormat {
  digits: number;
  full: Intl.NumberFormat;
  axis: Intl.NumberFormat;
}

const formats = new Map<string, MoneyFormat>();
function formatOf(currency: string, locale: string | undefined): MoneyFormat {
  const key = `${locale ?? ''}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = {
      digits: currencyDigits(currency),
      full: new Intl.NumberFormat(locale, { style: 'currency', currency }),
      axis: new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        notation: 'compact',
        // A currency's own minimum (2 for EUR) would write "€50.0" on an axis.
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      }),
    };
    formats.set(key, format);
  }
  return format;
}

/** An amount stored in minor units, in its currency's own format ("€90.50", "¥12,000"). */
export function formatMoney(minorUnits: number, currency: string, locale?: string): string {
  const { full, digits } = formatOf(currency, locale);
  return full.format(minorUnits / 10 ** digits);
}

/** A short amount for a chart's axis ("€50", "€1.2K"). */
export function formatMoneyAxis(minorUnits: number, currency: string, locale?: string): string {
  const { axis, digits } = formatOf(currency, locale);
  return axis.format(minorUnits / 10 ** digits);
}

/** Every currency of a total, each on its own, never added up: "€1,080.00 and US$200.00". */
export function formatTotals(totals: Readonly<MoneyTotals>, locale?: string): string {
  const parts = currenciesOf(totals).map((c) => formatMoney(totals[c]!, c, locale));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}

const currencyNames = new Intl.DisplayNames(undefined, { type: 'currency' });
/** "Euro (EUR)". */
export const currencyName = (currency: string): string =>
  `${currencyNames.of(currency) ?? currency} (${currency})`;
