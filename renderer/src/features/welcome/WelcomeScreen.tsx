import type { ReactNode } from 'react';
import { AppVersion } from './AppVersion';

/** The first thing a person sees: what the app is, its promise, and the next step (children). */
export function WelcomeScreen({ children }: { children?: ReactNode }) {
  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-card">
        <h1 id="welcome-title">Between Sessions</h1>
        <p className="promise">
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
