import { REPORT_SECTIONS } from '../../../../shared/domain/settings';
import type { PaperSize, ReportSection } from '../../../../shared/domain/settings';
import { DayRangeFields } from '../../ui/DayRangeFields';
import { PERIOD_LABELS, SECTION_LABELS } from './labels';
import type { PeriodKind } from './labels';
import type { PeriodChoice } from './report-query';
import styles from './ReportScreen.module.css';

interface Props {
  period: PeriodChoice;
  onPeriod: (period: PeriodChoice) => void;
  sections: readonly ReportSection[];
  onSections: (sections: ReportSection[]) => void;
  leavePrivateOut: boolean;
  onLeavePrivateOut: (leaveOut: boolean) => void;
  paper: PaperSize;
  onPaper: (paper: PaperSize) => void;
  ownWords: string;
  onOwnWords: (text: string) => void;
}

/** What the report covers and holds: the period, its sections, the private figures, the paper. */
export function ReportControls(props: Props) {
  const { period, onPeriod, sections } = props;
  const toggle = (section: ReportSection, on: boolean) =>
    props.onSections(REPORT_SECTIONS.filter((s) => (s === section ? on : sections.includes(s))));
  return (
    <div className={`panel ${styles.controls}`}>
      <div className={styles.row}>
        <div className="field">
          <label htmlFor="report-period">Period</label>
          <select
            id="report-period"
            value={period.kind}
            onChange={(e) => onPeriod({ ...period, kind: e.target.value as PeriodKind })}
          >
            {(Object.keys(PERIOD_LABELS) as PeriodKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {PERIOD_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        {period.kind === 'custom' && (
          <DayRangeFields
            idPrefix="report"
            from={period.from}
            to={period.to}
            onChange={(range) => onPeriod({ ...period, ...range })}
          />
        )}
        <div className="field">
          <label htmlFor="report-paper">Paper</label>
          <select
            id="report-paper"
            value={props.paper}
            onChange={(e) => props.onPaper(e.target.value as PaperSize)}
          >
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </div>
      </div>
      <fieldset className={styles.sections}>
        <legend>Sections</legend>
        {REPORT_SECTIONS.map((section) => (
          <label key={section} className="check">
            <input
              type="checkbox"
              checked={sections.includes(section)}
              onChange={(e) => toggle(section, e.target.checked)}
            />
            {SECTION_LABELS[section]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={props.leavePrivateOut}
            aria-describedby="report-private-hint"
            onChange={(e) => props.onLeavePrivateOut(e.target.checked)}
          />
          Leave private entries out of charts too
        </label>
        <p id="report-private-hint" className="hint">
          A private entry never shows a word. Its mood and the kinds of its insights count in the
          charts unless you leave them out here.
        </p>
      </div>
      {sections.includes('own-words') && (
        <div className="field">
          <label htmlFor="report-own-words">In my own words</label>
          <textarea
            id="report-own-words"
            rows={4}
            value={props.ownWords}
            aria-describedby="report-own-words-hint"
            onChange={(e) => props.onOwnWords(e.target.value)}
          />
          <p id="report-own-words-hint" className="hint">
            Prints at the end of the report. It is not saved: it stays here until you leave this
            screen. Left empty, the report prints lines to write on by hand.
          </p>
        </div>
      )}
    </div>
  );
}
