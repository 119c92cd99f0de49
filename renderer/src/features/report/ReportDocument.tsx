import type { PaperSize } from '../../../../shared/domain/settings';
import type { ReportModel } from '../../../../shared/report/report-types';
import { mediumDate } from '../../lib/dates';
import { CheckInsCard, InsightsCard, MoodCard } from './ChartSections';
import { PERIOD_LABELS } from './labels';
import {
  GoalsCard,
  HomeworkCard,
  OwnWordsCard,
  SessionsCard,
  SummaryCard,
  WinsCard,
} from './TextSections';
import styles from './ReportDocument.module.css';

/** The period as the report's header (and a saved PDF's footer) names it. */
export function periodLine(period: ReportModel['period']): string {
  const days =
    period.from === period.to
      ? mediumDate(period.from)
      : `${mediumDate(period.from)} to ${mediumDate(period.to)}`;
  if (period.chosen === 'custom') return days;
  if (period.noSessionYet) return `The last 30 days (no session logged yet): ${days}`;
  return `${PERIOD_LABELS[period.chosen]}: ${days}`;
}

/**
 * The report as it prints: a paper-like page (A4 or Letter proportions) holding the title, the
 * period and each chosen section. Its words come from the report model only, which the share rule
 * built; nothing else is drawn from the journal here.
 */
export function ReportDocument({
  model,
  paper,
  ownWords,
}: {
  model: ReportModel;
  paper: PaperSize;
  ownWords: string;
}) {
  const { period } = model;
  return (
    <article
      className={`${styles.paper} ${paper === 'A4' ? styles.a4 : styles.letter}`}
      data-paper={paper}
      aria-label="Progress report"
    >
      <header className={styles.header}>
        <p className={styles.title}>Progress report</p>
        <p className={styles.period}>{periodLine(period)}</p>
        <p className="hint">Made on {mediumDate(period.madeOn)}</p>
      </header>
      {model.sections.length === 0 && (
        <p>No sections chosen: choose what the report holds above.</p>
      )}
      {model.sections.map((section) => {
        switch (section) {
          case 'summary':
            return model.summary && <SummaryCard key={section} summary={model.summary} />;
          case 'mood':
            return (
              model.mood && (
                <MoodCard key={section} mood={model.mood} privateInCharts={model.privateInCharts} />
              )
            );
          case 'check-ins':
            return (
              model.checkIns && (
                <CheckInsCard
                  key={section}
                  trends={model.checkIns}
                  from={period.from}
                  to={period.to}
                />
              )
            );
          case 'insights':
            return model.insights && <InsightsCard key={section} insights={model.insights} />;
          case 'wins':
            return model.wins && <WinsCard key={section} wins={model.wins} />;
          case 'goals':
            return model.goals && <GoalsCard key={section} goals={model.goals} />;
          case 'sessions':
            return model.sessions && <SessionsCard key={section} sessions={model.sessions} />;
          case 'homework':
            return model.homework && <HomeworkCard key={section} homework={model.homework} />;
          case 'own-words':
            return <OwnWordsCard key={section} text={ownWords} />;
        }
      })}
    </article>
  );
}
