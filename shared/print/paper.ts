import { paperSizeSchema } from '../domain/settings';
import type { PaperSize } from '../domain/settings';

export type { PaperSize };

/** The paper sizes the app prints and saves on (the report remembers the last one chosen). */
export const PAPER_SIZES = paperSizeSchema.options;

/**
 * Where US Letter is the usual paper, by region code: CLDR's supplemental measurement data
 * (`paperSize type="US-Letter"`): Belize, Canada, Chile, Colombia, Costa Rica, Guatemala,
 * Mexico, Nicaragua, Panama, the Philippines, Puerto Rico, El Salvador, the United States and
 * Venezuela. Everywhere else uses A4.
 */
const LETTER_REGIONS: ReadonlySet<string> = new Set([
  'BZ',
  'CA',
  'CL',
  'CO',
  'CR',
  'GT',
  'MX',
  'NI',
  'PA',
  'PH',
  'PR',
  'SV',
  'US',
  'VE',
]);

/**
 * The paper a person in `locale` most likely has in their printer. A locale without a region
 * ("en", "es") gets its likeliest one ("en" → US, "es" → ES); an unreadable one gets A4.
 */
export function defaultPaperSize(locale: string | undefined): PaperSize {
  if (!locale) return 'A4';
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    return 'A4';
  }
  return region && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
}
