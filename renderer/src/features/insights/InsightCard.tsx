import { Link } from 'react-router';
import type { InsightView } from '../../../../shared/therapy/therapy-contract';
import { longDay, mediumDate } from '../../lib/dates';
import { entryPath } from '../entries/routes';
import type { GoalChoice } from './goal-choices';
import { detailsText, intensityText } from './insight-words';
import { kindLabel } from './kinds';
import styles from './InsightsScreen.module.css';

const kindAccent: Record<InsightView['kind'], string> = {
  breakthrough: styles.accentBreakthrough!,
  pattern: styles.accentPattern!,
  'small-win': styles.accentSmallWin!,
  'coping-skill': styles.accentCopingSkill!,
  setback: styles.accentSetback!,
  blocker: styles.accentBlocker!,
  question: styles.accentQuestion!,
};

/** The address of an entry at one of its insights; the editor brings the passage into view. */
export const insightPath = (insight: Pick<InsightView, 'id' | 'entryId'>): string =>
  `${entryPath(insight.entryId)}?insight=${encodeURIComponent(insight.id)}`;

/** One insight on the Insights screen: what it is, its words, and the entry it belongs to. */
export function InsightCard({
  insight,
  goals,
}: {
  insight: InsightView;
  goals: GoalChoice[] | undefined;
}) {
  const details = detailsText(insight);
  const goalTitles = (goals ?? [])
    .filter((g) => insight.goalIds.includes(g.id))
    .map((g) => g.title);
  return (
    <article
      className={`${styles.card} ${kindAccent[insight.kind]}`}
      aria-label={`${kindLabel[insight.kind]}, ${longDay(insight.entryDate)}`}
    >
      <p className={styles.cardHead}>
        <span className={styles.kind}>{kindLabel[insight.kind]}</span>
        {details && <span>{details}</span>}
        <span>{intensityText(insight.intensity)}</span>
      </p>
      {insight.passage === 'whole-entry' ? (
        <p className={styles.passageNote}>Whole entry</p>
      ) : (
        <figure className={styles.quote}>
          {insight.passage === 'removed' && (
            <figcaption className={styles.passageNote}>Passage removed from the entry</figcaption>
          )}
          <blockquote>{insight.quote}</blockquote>
        </figure>
      )}
      {insight.note && <p className={styles.note}>{insight.note}</p>}
      {goalTitles.length > 0 && <p className={styles.meta}>Goals: {goalTitles.join(', ')}</p>}
      {insight.discussedOn ? (
        <p className={styles.meta}>Discussed in the session of {mediumDate(insight.discussedOn)}</p>
      ) : (
        insight.bringToSession && <p className={styles.meta}>To bring to the next session</p>
      )}
      <p>
        <Link to={insightPath(insight)} className={styles.entryLink}>
          {longDay(insight.entryDate)} · {insight.entryTitle.trim() || 'Untitled entry'}
        </Link>
      </p>
    </article>
  );
}
