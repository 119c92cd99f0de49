import { useState } from 'react';
import type { PaperSize, Settings } from '../../../../shared/domain/settings';
import { whatThisShows } from '../../../../shared/report/what-this-shows';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { localPaperSize } from '../../ui/print/paper-size';
import { PrintActions } from '../../ui/print/PrintActions';
import { PrintDocument } from '../../ui/print/PrintDocument';
import { useSettings } from '../settings/queries';
import { ReportControls } from './ReportControls';
import { periodLine, ReportDocument } from './ReportDocument';
import { useReport, useUpdateReportDefaults } from './queries';
import { queryFor } from './report-query';
import type { PeriodChoice } from './report-query';
import styles from './ReportScreen.module.css';

/**
 * A progress report to print or save for the therapist: the person chooses the period and what it
 * holds, and sees it as it will print. Every word in the preview passed the share rule in main.
 */
export function ReportScreen() {
  const settings = useSettings();
  return (
    <Page title="Progress report">
      <p className="hint">
        What changed over a period, to print or save for your therapist: the figures you choose,
        your breakthroughs and goals in your own words. Entries you marked private never show a
        word; summary entries show no body.
      </p>
      <ErrorText>
        {settings.error && `Your report settings could not be read. ${messageOf(settings.error)}`}
      </ErrorText>
      {settings.data && <ReportBuilder settings={settings.data} />}
    </Page>
  );
}

function ReportBuilder({ settings }: { settings: Settings }) {
  const defaults = settings.reportDefaults;
  const [period, setPeriod] = useState<PeriodChoice>({ kind: defaults.range, from: '', to: '' });
  const [ownWords, setOwnWords] = useState('');
  const update = useUpdateReportDefaults();
  // The choices show within the click, and are saved as report defaults behind it: the settings'
  // answer arrives a moment later, and a checkbox must not wait for it to change.
  const [sections, setSections] = useState(defaults.sections);
  const [leavePrivateOut, setLeavePrivateOut] = useState(defaults.leavePrivateOutOfCharts);
  const [paper, setPaper] = useState<PaperSize>(defaults.paperSize ?? localPaperSize());
  const asked = queryFor(period, sections);
  const report = useReport('query' in asked ? asked.query : undefined);
  const model = report.data;

  const choosePeriod = (next: PeriodChoice) => {
    if (next.kind === 'custom' && period.kind !== 'custom' && model) {
      // A custom period starts from the days on screen, so the person adjusts rather than types.
      next = { ...next, from: model.period.from, to: model.period.to };
    }
    setPeriod(next);
    if (next.kind !== 'custom' && next.kind !== defaults.range) update.save({ range: next.kind });
  };

  return (
    <>
      <ReportControls
        period={period}
        onPeriod={choosePeriod}
        sections={sections}
        onSections={(next) => {
          setSections(next);
          update.save({ sections: next });
        }}
        leavePrivateOut={leavePrivateOut}
        onLeavePrivateOut={(leavePrivateOutOfCharts) => {
          setLeavePrivateOut(leavePrivateOutOfCharts);
          update.save({ leavePrivateOutOfCharts });
        }}
        paper={paper}
        onPaper={(paperSize) => {
          setPaper(paperSize);
          update.save({ paperSize });
        }}
        ownWords={ownWords}
        onOwnWords={setOwnWords}
      />
      <ErrorText>{'problem' in asked ? asked.problem : null}</ErrorText>
      <ErrorText>
        {update.error && `Your choice could not be saved. ${messageOf(update.error)}`}
      </ErrorText>
      <ErrorText>
        {report.error && `The report could not be put together. ${messageOf(report.error)}`}
      </ErrorText>
      {model && 'query' in asked && (
        <>
          <section className={`panel ${styles.shows}`} aria-labelledby="report-shows">
            <h2 id="report-shows">What this shows</h2>
            <p>{whatThisShows(model.shows)}.</p>
          </section>
          <div className={styles.toolbar}>
            <PrintActions
              pageSize={paper}
              pdf={{
                document: 'report',
                footerPeriod: `Progress report · ${periodLine(model.period)}`,
              }}
            />
          </div>
          <section
            className={styles.preview}
            aria-label="Preview, as it will print"
            aria-busy={report.isPlaceholderData}
          >
            <PrintDocument>
              <ReportDocument model={model} paper={paper} ownWords={ownWords} />
            </PrintDocument>
          </section>
        </>
      )}
    </>
  );
}
