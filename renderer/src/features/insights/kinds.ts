import { insightKindSchema } from '../../../../shared/domain/records';
import type { InsightKind } from '../../../../shared/domain/records';
import { kindLabel, kindPluralLabel } from '../../../../shared/therapy/words';

/* The kinds of insight as every screen names them: one place, so a kind reads the same everywhere. */

/** The kinds in the order forms, filters and charts list them (the schema's). */
export const kindOrder: readonly InsightKind[] = insightKindSchema.options;

/** One insight's kind ("Small win"), and a count's ("Small wins"): shared with printouts. */
export { kindLabel, kindPluralLabel };
