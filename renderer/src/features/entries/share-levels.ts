import type { ShareLevel } from '../../../../shared/domain/records';

export const shareLevelLabels: Record<ShareLevel, string> = {
  private: 'Private — never in a report',
  summary: 'Summary — title, date, mood, tags',
  full: 'Full — the text too',
};

export const shareLevelShort: Record<ShareLevel, string> = {
  private: 'Private',
  summary: 'Summary',
  full: 'Full',
};
