import { Link } from 'react-router';
import type { InsightView } from '../../../../shared/therapy/therapy-contract';
import { mediumDate } from '../../lib/dates';
import { entryPath } from '../entries/routes';
import { kindLabel } from '../insights/kinds';
import styles from './GoalInsights.module.css';

/** The insights linked to a goal, newest first, each opening its entry. */
export function GoalInsights({ insights }: { insights: InsightView[] }) {
  return (
    <section className="stack" aria-labelledby="goal-insights-title">
      <h2 id="goal-insights-title">Linked insights</h2>
      {insights.length === 0 ? (
        <p className="hint">
          None yet. When you mark an insight in an entry, you can link it to this goal.
        </p>
      ) : (
        <ul className={`plain-list ${styles.insights}`} aria-label="Linked insights">
          {insights.map((insight) => (
            <li key={insight.id} className={styles.insight}>
              <p className={styles.meta}>
                <strong>{kindLabel[insight.kind]}</strong>
                <span>{mediumDate(insight.entryDate)}</span>
              </p>
              {insight.note && <p className={styles.text}>{insight.note}</p>}
              {insight.quote && (
                <blockquote className={styles.quote}>
                  {insight.quote}
                  {insight.passage === 'removed' && (
                    <span className="hint"> (passage removed from the entry)</span>
                  )}
                </blockquote>
              )}
              <Link to={entryPath(insight.entryId)}>
                Open entry{insight.entryTitle.trim() ? `: ${insight.entryTitle}` : ''}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
