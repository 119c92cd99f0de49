import type { ReportRange, ReportSection } from '../../../../shared/domain/settings';

/* How the report screen names its choices; the preview's headings read the same. */

export const SECTION_LABELS: Readonly<Record<ReportSection, string>> = {
  summary: 'Summary',
  mood: 'Mood',
  'check-ins': 'PHQ-9 and GAD-7',
  insights: 'Insights by kind',
  wins: 'Breakthroughs and small wins',
  goals: 'Goals',
  sessions: 'Sessions, time and money',
  homework: 'Homework',
  'own-words': 'In my own words',
};

export type PeriodKind = ReportRange | 'custom';

export const PERIOD_LABELS: Readonly<Record<PeriodKind, string>> = {
  'since-last-session': 'Since the last session',
  'last-30-days': 'Last 30 days',
  'last-90-days': 'Last 90 days',
  all: 'Everything so far',
  custom: 'Choose dates',
};
