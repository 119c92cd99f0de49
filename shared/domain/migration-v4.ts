import type { ReportSection } from './settings';
import { REPORT_SECTIONS } from './settings';

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Schema 3 → 4. The report's two switches (mood chart, check-ins) become the list of sections a
 * report holds, with every other section on, as the report printed them all before; private
 * entries keep counting in charts until the person says otherwise. Anything not shaped as
 * version 3 wrote it is left for validation to refuse.
 */
export function migrateToV4(doc: Raw): Raw {
  if (!isObject(doc.settings) || !isObject(doc.settings.reportDefaults)) return doc;
  const { includeMoodChart, includeCheckIns, ...rest } = doc.settings.reportDefaults;
  if (typeof includeMoodChart !== 'boolean' || typeof includeCheckIns !== 'boolean') return doc;
  const off = new Set<ReportSection>([
    ...(includeMoodChart ? [] : (['mood'] as const)),
    ...(includeCheckIns ? [] : (['check-ins'] as const)),
  ]);
  return {
    ...doc,
    settings: {
      ...doc.settings,
      reportDefaults: {
        ...rest,
        sections: REPORT_SECTIONS.filter((section) => !off.has(section)),
        leavePrivateOutOfCharts: false,
      },
    },
  };
}
