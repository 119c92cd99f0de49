import { bandOf } from '../therapy/instruments';
import type { Instrument } from '../therapy/instruments';

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Schema 2 → 3. Anything not shaped as version 2 wrote it is left for validation to refuse:
 * a migration never guesses at data it does not recognise.
 */
export function migrateToV3(doc: Raw): Raw {
  const out: Raw = { ...doc };
  if (Array.isArray(doc.checkIns)) {
    out.checkIns = doc.checkIns.map((checkIn: unknown) => {
      if (!isObject(checkIn)) return checkIn;
      const { instrument, score } = checkIn;
      try {
        return { ...checkIn, band: bandOf(instrument as Instrument, score as number) };
      } catch {
        return checkIn;
      }
    });
  }
  if (isObject(doc.settings) && isObject(doc.settings.safetyPlan)) {
    const { warningSigns, copingSteps, contacts, emergencyNumber } = doc.settings.safetyPlan;
    const professionals =
      typeof emergencyNumber === 'string' && emergencyNumber.trim()
        ? [{ name: 'Emergency number', phone: emergencyNumber }]
        : [];
    out.settings = {
      ...doc.settings,
      safetyPlan: {
        warningSigns: nonEmpty(warningSigns),
        copingSteps: nonEmpty(copingSteps),
        peopleAndPlaces: [],
        helpContacts: Array.isArray(contacts)
          ? contacts.filter((c) => !isObject(c) || c.name !== '')
          : contacts,
        professionals,
        saferSurroundings: [],
        mostImportant: '',
      },
    };
  }
  return out;
}

/** Version 2 allowed empty items; version 3 does not, and an empty line carries nothing. */
const nonEmpty = (items: unknown) =>
  Array.isArray(items) ? items.filter((item) => item !== '') : items;
