import type { ShareLevel } from '../../../../shared/domain/records';

/** What a report may print of an entry at each level (DESIGN.md §1). */
export const shareLevelHelp: Record<ShareLevel, string> = {
  private: 'Never appears in a report.',
  summary: 'Reports show its title, date, mood, tags and insight notes, not its text.',
  full: 'Reports may show the whole entry.',
};

export const shareLevelShort: Record<ShareLevel, string> = {
  private: 'Private',
  summary: 'Summary',
  full: 'Full',
};
