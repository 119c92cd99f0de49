import { useSearchParams } from 'react-router';
import { mediumDate, today } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { Headline } from './Headline';
import { HomeworkSection, InsightsSection, MilestonesSection } from './InsightsAndGoals';
import { MoodSection, SelfChecksSection, ThoughtRecordsSection } from './MoodAndChecks';
import { PeriodChooser } from './PeriodChooser';
import { periodParams, queryFor, readPeriod } from './period';
import type { Period } from './period';
import { useProgress } from './queries';
import { MoneySection, SessionsSection } from './TimeAndMoney';
import styles from './ProgressScreen.module.css';

/** How the headline names the period. */
function periodWords(period: Period, from: string, to: string): string {
  switch (period.kind) {
    case '3m':
      return 'in the last 3 months';
    case '12m':
      return 'in the last 12 months';
    case 'all':
      return `since ${mediumDate(from)}`;
    case 'custom':
      return `from ${mediumDate(from)} to ${mediumDate(to)}`;
  }
}

/**
 * Is it paying off? Month by month over a chosen period: the time and money put into therapy,
 * and what was noticed, tried and felt meanwhile. Every figure comes from shared/therapy/progress.ts.
 */
export function ProgressScreen() {
  const [params, setParams] = useSearchParams();
  const period = readPeriod(params);
  const asked = queryFor(period, today());
  const progress = useProgress('query' in asked ? asked.query : undefined);
  const report = progress.data;
  const choose = (next: Period, replace = false) => setParams(periodParams(next), { replace });

  if (report && !report.journalHasData) {
    return (
      <Page title="Progress">
        <div className="panel stack">
          <h2>Nothing to show yet</h2>
          <p>
            This screen shows, month by month, what you put into therapy and what came of it: the
            sessions you log (their time, cost and homework), the insights you mark in your entries,
            the steps and goals you reach, the moods you give your entries, your thought records,
            and your PHQ-9 and GAD-7 self-checks.
          </p>
          <p className="hint">
            Everything here is worked out from those records, on this computer.
          </p>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Progress">
      <PeriodChooser
        period={period}
        shown={report ? { from: report.from, to: report.to } : undefined}
        onChange={choose}
      />
      <ErrorText>{'problem' in asked ? asked.problem : null}</ErrorText>
      <ErrorText>
        {progress.error && `Your figures could not be worked out. ${messageOf(progress.error)}`}
      </ErrorText>
      {report && 'query' in asked && (
        <div className={styles.report} aria-busy={progress.isPlaceholderData}>
          <Headline report={report} period={periodWords(period, report.from, report.to)} />
          <SessionsSection report={report} />
          <MoneySection report={report} />
          <InsightsSection report={report} />
          <MilestonesSection report={report} />
          <HomeworkSection report={report} />
          <MoodSection report={report} />
          <SelfChecksSection report={report} />
          <ThoughtRecordsSection report={report} />
        </div>
      )}
    </Page>
  );
}
