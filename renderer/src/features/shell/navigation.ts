/**
 * The sidebar, grouped by what people come for (DESIGN.md §6). A screen appears here once it is
 * built: Therapy (Insights, Goals, Sessions, Check-ins, Progress) and For my therapist (Prepare for
 * session, Progress report) join with their screens, and Safety plan joins the bottom group.
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
    items: [{ to: '/progress', label: 'Progress' }],
  },
];

export const navBottom: NavItem[] = [
  { to: '/trash', label: 'Trash' },
  { to: '/settings', label: 'Settings' },
];
