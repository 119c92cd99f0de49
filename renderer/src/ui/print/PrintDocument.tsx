import type { ReactNode } from 'react';

/**
 * What prints. While one is on the page, printing (the system dialog or Save as PDF) shows it
 * alone: the sidebar, the screen's title and toolbars, and any form controls or buttons inside
 * it are left off the paper (base.css, "Printing"). A report shows it on screen as its preview;
 * a screen whose on-screen form differs (the safety plan's fields) keeps it for paper only.
 *
 * Inside, mark what must not be split across pages with the `print-keep` class (a card, a chart
 * with its table); headings always stay with what follows them.
 */
export function PrintDocument({
  children,
  onScreen = true,
  className,
}: {
  children: ReactNode;
  /** False: the document is for paper only, and the screen shows the same content its own way. */
  onScreen?: boolean;
  className?: string;
}) {
  const classes = ['print-document', onScreen ? '' : 'print-only', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <div className={classes}>{children}</div>;
}
