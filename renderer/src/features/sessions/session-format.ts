import type { HomeworkStatus } from '../../../../shared/domain/records';
import { homeworkStatusLabel } from '../../../../shared/therapy/words';

/** The address of a session's page; any screen may link to it. */
export const sessionPath = (id: string): string => `/sessions/${encodeURIComponent(id)}`;

export const homeworkStatuses: readonly HomeworkStatus[] = ['open', 'tried', 'done', 'skipped'];

export { homeworkStatusLabel };

const minutesFormat = new Intl.NumberFormat(undefined, {
  style: 'unit',
  unit: 'minute',
  unitDisplay: 'long',
});

/** "50 minutes", in the person's locale. */
export const minutesText = (minutes: number): string => minutesFormat.format(minutes);
