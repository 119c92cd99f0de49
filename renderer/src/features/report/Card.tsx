import type { ReactNode } from 'react';
import type { ReportSection } from '../../../../shared/domain/settings';
import { SECTION_LABELS } from './labels';
import styles from './ReportDocument.module.css';

/** One section of the printed report: its heading, a line on what it shows, its content. */
export function Card({
  section,
  intro,
  children,
}: {
  section: ReportSection;
  intro?: string;
  children: ReactNode;
}) {
  const id = `report-section-${section}`;
  return (
    <section className={styles.card} aria-labelledby={id}>
      <h2 id={id}>{SECTION_LABELS[section]}</h2>
      {intro && <p className="hint">{intro}</p>}
      {children}
    </section>
  );
}
