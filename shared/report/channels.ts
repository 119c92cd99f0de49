import { z } from 'zod';
import { localDaySchema } from '../domain/primitives';
import { reportRangeSchema, reportSectionSchema } from '../domain/settings';
import { channel, returns } from '../ipc/define';
import type { ReportModel } from './report-types';

/*
 * The progress report's channels; shared/contract.ts spreads the group into the one table.
 * A custom period's order and length are checked by the handler, which says what to change
 * (customPeriodProblem), rather than by the schema, whose refusal is a generic message.
 */

const sections = z
  .array(reportSectionSchema)
  .max(reportSectionSchema.options.length)
  .refine((list) => new Set(list).size === list.length, 'sections repeat');

export const reportQuerySchema = z.union([
  z.strictObject({ range: reportRangeSchema, sections }),
  z.strictObject({ from: localDaySchema, to: localDaySchema, sections }),
]);
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export const reportChannels = {
  /**
   * The report for a period and the sections chosen, through the share rule, as of today in the
   * person's time zone. `BAD_INPUT` when a custom period ends before it starts.
   */
  'report:model': channel(reportQuerySchema, returns<ReportModel>()),
};
