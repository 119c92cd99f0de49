/**
 * The sidebar, grouped by what people come for (DESIGN.md §6). A screen appears here once it is
 * built.
 */
export interface NavItem {
  to: string;
  label: string;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

export const navGroups: NavGroup[] = [
  {
    label: 'Write',
    items: [
      { to: '/journal', label: 'Journal' },
      { to: '/tags', label: 'Tags' },
    ],
  },
  {
    label: 'Therapy',
    items: [
      { to: '/insights', label: 'Insights' },
      { to: '/goals', label: 'Goals' },
      { to: '/sessions', label: 'Sessions' },
      { to: '/check-ins', label: 'Check-ins' },
      { to: '/progress', label: 'Progress' },
    ],
  },
  {
    label: 'For my therapist',
    items: [
      { to: '/prepare', label: 'Prepare for session' },
      { to: '/report', label: 'Progress report' },
    ],
  },
];

/** Safety plan first: one step from every screen, where a person looks for it in a hard moment. */
export const navBottom: NavItem[] = [
  { to: '/safety-plan', label: 'Safety plan' },
  { to: '/trash', label: 'Trash' },
  { to: '/settings', label: 'Settings' },
];
