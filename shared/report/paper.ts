import type { PaperSize } from '../domain/settings';

/*
 * The paper a report is laid out for before the person chooses: US Letter where it is the usual
 * paper (the United States, Canada, Mexico, the Philippines and much of Central and South America),
 * A4 everywhere else.
 */

const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'PR',
  'BZ',
  'CL',
  'CO',
  'CR',
  'DO',
  'GT',
  'NI',
  'PA',
  'SV',
  'VE',
]);

/** The usual paper of a locale (`en-US`, `fr-CA`, `de`); a locale without a region is guessed from its language. */
export function paperForLocale(locale: string | undefined): PaperSize {
  if (!locale) return 'A4';
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
  } catch {
    return 'A4';
  }
}
