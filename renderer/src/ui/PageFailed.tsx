import styles from '../features/welcome/WelcomeScreen.module.css';
import { journal } from '../journal';

/**
 * The last resort when the page itself fails to render: a calm word and a way back. The journal
 * lives in the main process, so reloading the page loses nothing that was saved.
 */
export function PageFailed() {
  return (
    <main className={styles.welcome} aria-labelledby="page-failed-title">
      <div className={styles.welcomeCard}>
        <h1 id="page-failed-title">Something went wrong showing this page</h1>
        <p>
          Your journal is safe: what was saved is still there. Reloading the page usually helps.
        </p>
        <button type="button" onClick={() => void journal().app.reloadPage()}>
          Reload the page
        </button>
      </div>
    </main>
  );
}
