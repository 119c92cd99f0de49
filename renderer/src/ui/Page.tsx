import type { ReactNode } from 'react';
import styles from './Page.module.css';

/** A screen of reading width with its title, the one heading of level 1 on screen. */
export function Page({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{title}</h1>
      {children}
    </div>
  );
}
