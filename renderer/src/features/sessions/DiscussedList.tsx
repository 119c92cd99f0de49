import { Link } from 'react-router';
import { mediumDate } from '../../lib/dates';
import { entryPath } from '../entries/routes';
import { insightSummary } from './DiscussedPicker';
import { useInsightsById } from './queries';
import styles from './DiscussedList.module.css';

/** The insights talked about in a session, each opening its entry. */
export function DiscussedList({ ids }: { ids: string[] }) {
  const insights = useInsightsById(ids);
  const shown = insights.flatMap((query) => (query.data ? [query.data] : []));
  const loading = insights.some((query) => query.isPending);
  return (
    <section className="stack" aria-labelledby="discussed-title">
      <h2 id="discussed-title">Discussed in this session</h2>
      {loading ? null : shown.length === 0 ? (
        <p className="hint">
          {ids.length === 0
            ? 'No insights picked. Edit the session to pick those you talked about.'
            : 'The insights picked here are not in your journal right now (their entries may be in the trash).'}
        </p>
      ) : (
        <ul className={`plain-list ${styles.list}`} aria-label="Discussed insights">
          {shown.map((insight) => (
            <li key={insight.id}>
              <Link to={entryPath(insight.entryId)}>{insightSummary(insight)}</Link>{' '}
              <span className="hint">
                ({insight.entryTitle.trim() || 'Untitled entry'}, {mediumDate(insight.entryDate)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
