import type { ReportModel } from '../../../../shared/report/report-types';
import { mediumDate } from '../../lib/dates';
import { formatTotals } from '../../lib/money';
import { kindLabel } from '../insights/kinds';
import { formatHours, formatNumber, plural } from '../progress/format';
import { Card } from './Card';
import styles from './ReportDocument.module.css';

type Of<K extends keyof ReportModel> = NonNullable<ReportModel[K]>;

/** Figures, each beside the words that name it. */
function Figures({ rows }: { rows: Array<[string, string]> }) {
  return (
    <dl className={styles.figures}>
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const count = (n: number) => n.toLocaleString();

export function SummaryCard({ summary }: { summary: Of<'summary'> }) {
  return (
    <Card section="summary">
      <Figures
        rows={[
          ['Entries written', count(summary.entries)],
          [
            'Average mood',
            summary.meanMood === undefined
              ? 'No mood given'
              : `${formatNumber(summary.meanMood)} of 10, from ${plural(summary.moodEntries, 'entry', 'entries')}`,
          ],
          [
            'Insights marked',
            `${count(summary.insights)}, of which ${plural(summary.breakthroughs, 'breakthrough', 'breakthroughs')} and ${plural(summary.smallWins, 'small win', 'small wins')}`,
          ],
          [
            'Sessions',
            summary.sessions === 0
              ? 'None logged'
              : `${count(summary.sessions)} (${formatHours(summary.minutes)})`,
          ],
          ['Goal steps done', count(summary.stepsDone)],
          ['Goals achieved', count(summary.goalsAchieved)],
          ['Self-checks taken', count(summary.checkIns)],
        ]}
      />
    </Card>
  );
}

const ARRIVAL = { cognitive: 'understood', visceral: 'felt in the body' } as const;

export function WinsCard({ wins }: { wins: Of<'wins'> }) {
  return (
    <Card section="wins">
      {wins.shown.length === 0 && (
        <p>
          {wins.kept > 0
            ? 'The breakthroughs and small wins of this period are in private entries.'
            : 'No breakthroughs or small wins marked in this period. Quiet stretches are part of the work too.'}
        </p>
      )}
      {wins.shown.length > 0 && (
        <ul className={styles.wins}>
          {wins.shown.map((win, i) => (
            <li key={i}>
              <p className={styles.winHead}>
                <strong>{kindLabel[win.kind]}</strong>, {mediumDate(win.date)}
                {win.arrival && ` · ${ARRIVAL[win.arrival]}`}
                {win.tone && ` · ${win.tone}`}
              </p>
              {win.note && <p>{win.note}</p>}
              {win.quote && <blockquote className={styles.quote}>{win.quote}</blockquote>}
              <p className="hint">From “{win.entryTitle || 'Untitled'}”</p>
            </li>
          ))}
        </ul>
      )}
      {wins.more > 0 && <p>And {plural(wins.more, 'more', 'more')} in this period.</p>}
      {wins.kept > 0 && wins.shown.length > 0 && (
        <p className="hint">
          {plural(wins.kept, 'more is', 'more are')} in private entries, counted but not described.
        </p>
      )}
    </Card>
  );
}

const STATUS = { active: 'Active', paused: 'Paused', achieved: 'Achieved' } as const;

export function GoalsCard({ goals }: { goals: Of<'goals'> }) {
  return (
    <Card section="goals">
      {goals.length === 0 && <p>No goals set for this period.</p>}
      {goals.map((goal, i) => (
        <article key={i} className={styles.goal}>
          <h3>
            {goal.title} <span className={styles.status}>({STATUS[goal.status]})</span>
          </h3>
          {goal.whatProgressLooksLike.trim() && (
            <>
              <p className="hint">What progress looks like, in my words:</p>
              <blockquote className={styles.quote}>{goal.whatProgressLooksLike}</blockquote>
            </>
          )}
          {goal.achievedOn && <p>Achieved on {mediumDate(goal.achievedOn)}.</p>}
          {goal.stepsDone.length > 0 && (
            <ul>
              {goal.stepsDone.map((step, j) => (
                <li key={j}>
                  {step.text} <span className="hint">(done {mediumDate(step.day)})</span>
                </li>
              ))}
            </ul>
          )}
          <p className="hint">
            {goal.stepsDone.length === 0
              ? 'No steps done in this period'
              : `${plural(goal.stepsDone.length, 'step', 'steps')} done in this period`}
            {goal.stepsDoneBefore > 0 && `, ${count(goal.stepsDoneBefore)} before it`}
            {`, ${plural(goal.stepsOpen, 'step', 'steps')} still open.`}
          </p>
        </article>
      ))}
    </Card>
  );
}

export function SessionsCard({ sessions }: { sessions: Of<'sessions'> }) {
  const currencies = Object.keys(sessions.spent).length;
  return (
    <Card section="sessions">
      {sessions.count === 0 ? (
        <p>No sessions logged in this period.</p>
      ) : (
        <Figures
          rows={[
            ['Sessions attended', count(sessions.count)],
            ['Time in sessions', formatHours(sessions.minutes)],
            [
              'Paid',
              currencies === 0
                ? 'No cost recorded'
                : `${formatTotals(sessions.spent)}${currencies > 1 ? ' (each currency on its own)' : ''}`,
            ],
            ...(sessions.withoutCost > 0 && currencies > 0
              ? ([
                  ['Without a cost recorded', plural(sessions.withoutCost, 'session', 'sessions')],
                ] as Array<[string, string]>)
              : []),
          ]}
        />
      )}
    </Card>
  );
}

export function HomeworkCard({ homework }: { homework: Of<'homework'> }) {
  const attempted = homework.done + homework.tried;
  return (
    <Card section="homework" intro="Homework set in the sessions of this period.">
      {homework.set === 0 ? (
        <p>No homework set in this period.</p>
      ) : (
        <>
          <p>
            Tried or done: <strong>{count(attempted)}</strong> of {count(homework.set)} set.
          </p>
          <Figures
            rows={[
              ['Done', count(homework.done)],
              ['Tried', count(homework.tried)],
              ['Skipped', count(homework.skipped)],
              ['Still open', count(homework.open)],
            ]}
          />
        </>
      )}
    </Card>
  );
}

/** The person's closing words, or lines to write on by hand when they left it empty. */
export function OwnWordsCard({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <Card section="own-words">
      {paragraphs.length > 0 ? (
        paragraphs.map((p, i) => (
          <p key={i} className={styles.ownWords}>
            {p}
          </p>
        ))
      ) : (
        <div className={styles.writingLines} aria-label="Space to write by hand" role="img">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} />
          ))}
        </div>
      )}
    </Card>
  );
}
