/*
 * Currencies to choose from: every ISO 4217 code the system knows (Intl), named in the person's
 * language, so no list of our own goes stale.
 */

let cached: Array<{ code: string; name: string }> | null = null;

export function currencyOptions(current: string): Array<{ code: string; name: string }> {
  if (!cached) {
    const names = new Intl.DisplayNames(undefined, { type: 'currency' });
    cached = Intl.supportedValuesOf('currency').map((code) => ({
      code,
      name: names.of(code) ?? code,
    }));
  }
  return cached.some((c) => c.code === current)
    ? cached
    : [...cached, { code: current, name: current }].sort((a, b) => a.code.localeCompare(b.code));
}
