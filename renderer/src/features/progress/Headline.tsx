import type { ProgressReport } from '../../../../shared/therapy/therapy-contract';
import { formatTotals } from '../../lib/money';
import { formatHours, formatNumber, plural } from './format';
import styles from './ProgressScreen.module.css';

/**
 * The period at a glance, in plain sentences: what was put in (sessions, time, money) and what was
 * noticed and tried. Counts only, never a verdict.
 */
export function Headline({ report, period }: { report: ProgressReport; period: string }) {
  const { totals } = report;
  const spent = Object.keys(totals.spent).length > 0 ? `, ${formatTotals(totals.spent)}` : '';
  const lead =
    totals.sessions === 0
      ? `No sessions logged ${period}.`
      : `${plural(totals.sessions, 'session', 'sessions')}, ${formatHours(totals.minutes)}${spent} ${period}.`;
  const lines: string[] = [];
  const insights = Object.values(totals.insightsByKind).reduce((sum, n) => sum + (n ?? 0), 0);
  if (insights > 0) {
    const of = totals.breakthroughs;
    const breakthroughs = of === 1 ? ', 1 of them a breakthrough' : `, ${of} of them breakthroughs`;
    lines.push(`${plural(insights, 'insight', 'insights')} marked${of > 0 ? breakthroughs : ''}.`);
  }
  if (totals.stepsDone + totals.goalsAchieved > 0) {
    const parts = [];
    if (totals.stepsDone > 0) parts.push(`${plural(totals.stepsDone, 'step', 'steps')} done`);
    if (totals.goalsAchieved > 0) {
      parts.push(`${plural(totals.goalsAchieved, 'goal', 'goals')} achieved`);
    }
    lines.push(`${parts.join(', ')}.`);
  }
  if (totals.homeworkSet > 0) {
    lines.push(`Homework tried or done: ${totals.homeworkAttempted} of ${totals.homeworkSet}.`);
  }
  if (totals.meanMood !== undefined) {
    lines.push(`Average mood ${formatNumber(totals.meanMood)} out of 10.`);
  }
  if (totals.thoughtRecords > 0) {
    const drop = totals.reratingDrop;
    lines.push(
      `${plural(totals.thoughtRecords, 'thought record', 'thought records')}` +
        (drop === undefined || Math.abs(drop) < 0.05
          ? '.'
          : `; after re-rating, emotions felt ${formatNumber(Math.abs(drop))} points ${drop > 0 ? 'less' : 'more'} intense on average.`),
    );
  }
  return (
    <div className={styles.headline}>
      <p className={styles.lead}>{lead}</p>
      {lines.length > 0 && (
        <ul className={styles.facts}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="hint">
        Progress rarely runs in a straight line: quiet months and plateaus are part of it.
      </p>
    </div>
  );
}
