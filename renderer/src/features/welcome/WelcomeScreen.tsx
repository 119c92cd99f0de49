import type { ReactNode } from 'react';
import { AppVersion } from './AppVersion';
import styles from './WelcomeScreen.module.css';

/** The first thing a person sees: what the app is, its promise, and the next step (children). */
export function WelcomeScreen({ children }: { children?: ReactNode }) {
  return (
    <main className={styles.welcome} aria-labelledby="welcome-title">
      <div className={styles.welcomeCard}>
        <h1 id="welcome-title">Between Sessions</h1>
        <p className={styles.promise}>
          A private journal for the time between therapy sessions. What you write stays on this
          computer, encrypted, and is never sent anywhere.
        </p>
        {children}
      </div>
      <footer>
        <AppVersion />
      </footer>
    </main>
  );
}
