/*
 * Money as the person types it and as the journal stores it: integer minor units (cents, or yen
 * for a currency without them) so that totals never drift by float rounding. The number of minor
 * digits comes from the currency itself (Intl), never from a table of our own.
 */

/** The largest cost a session may hold, in minor units (the contract's limit). */
export const MAX_MINOR_UNITS = 1_000_000_000;

/** How many digits a currency has after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits!;
}

export type ParsedMoney = { ok: true; minorUnits: number } | { ok: false; message: string };

const NOT_A_NUMBER = 'Write the cost as a number, for example 90.50.';

/** Splits "1,234.50" into its whole and fraction digits, or null when it is not an amount. */
function splitAmount(typed: string): { whole: string; fraction: string } | null {
  if (!/^\d([\d.,]*\d)?$/.test(typed)) return null;
  const dots = typed.split('.').length - 1;
  const commas = typed.split(',').length - 1;
  let decimal: string | undefined;
  if (dots > 0 && commas > 0) decimal = typed.lastIndexOf('.') > typed.lastIndexOf(',') ? '.' : ',';
  else if (dots === 1) decimal = '.';
  else if (commas === 1) decimal = ',';
  const parts = decimal ? typed.split(decimal) : [typed];
  if (parts.length > 2) return null;
  const [grouped, fraction = ''] = parts as [string, string?];
  if (!/^\d*$/.test(fraction)) return null;
  // Grouped thousands: the other separator, every group after the first three digits long.
  const groups = grouped.split(/[.,]/);
  if (!/^\d{1,3}$/.test(groups[0]!) && groups.length > 1) return null;
  if (!groups.slice(1).every((g) => /^\d{3}$/.test(g))) return null;
  return { whole: groups.join(''), fraction };
}

/**
 * Reads a typed cost ("90.50", "90,50", "1,234.50", "1.234,50", "90") into minor units of the
 * currency. With both "." and "," the later one is the decimal point; a lone one is always the
 * decimal point; one used several times groups thousands. Refuses negatives, more decimals than
 * the currency has, and anything else that is not a plain amount, saying what to type instead.
 */
export function parseMoney(text: string, currency: string): ParsedMoney {
  const digits = currencyDigits(currency);
  const typed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^[-\u2212]/.test(typed)) return { ok: false, message: 'A cost cannot be negative.' };
  const amount = splitAmount(typed);
  if (!amount) return { ok: false, message: NOT_A_NUMBER };
  if (amount.fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} has no decimal places: write a whole number.`
          : `${currency} takes at most ${digits} decimal ${digits === 1 ? 'place' : 'places'}.`,
    };
  }
  const minorUnits = Number(amount.whole + amount.fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minorUnits) || minorUnits > MAX_MINOR_UNITS) {
    return { ok: false, message: 'That cost is too large.' };
  }
  return { ok: true, minorUnits };
}

/** Minor units back to a plain amount for an input ("90.50", "12000"): no symbol, no grouping. */
export function minorUnitsToInput(minorUnits: number, currency: string): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(minorUnits);
  const text = String(minorUnits).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
