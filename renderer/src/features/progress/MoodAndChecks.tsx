import {
  BAND_LABELS,
  INSTRUMENTS,
  MEANINGFUL_CHANGE_NOTE,
} from '../../../../shared/therapy/instruments';
import type { ProgressReport } from '../../../../shared/therapy/therapy-contract';
import { DataTable } from '../../ui/DataTable';
import { mediumDate } from '../../lib/dates';
import { formatNumber, monthName } from './format';
import { MonthChart } from './MonthChart';
import { Section } from './Section';
import { TrendChart } from './TrendChart';

const month = { label: 'Month', cell: (m: { month: string }) => monthName(m.month) };

/** The mean of the moods given to the month's entries, on the same 1–10 scale. */
export function MoodSection({ report }: { report: ProgressReport }) {
  const { months, totals } = report;
  return (
    <Section
      id="progress-mood"
      title="Mood"
      intro="The average of the moods you gave your entries each month, from 1 to 10."
    >
      {totals.meanMood === undefined ? (
        <p>No entries with a mood in this period.</p>
      ) : (
        <>
          <MonthChart
            label="Average mood each month, from 1 to 10"
            months={months.map((m) => m.month)}
            line={{
              label: 'Average mood',
              tone: 'accent',
              scale: 'shared',
              values: months.map((m) => m.meanMood),
              format: formatNumber,
            }}
            max={10}
            integer
            format={formatNumber}
          />
          <DataTable
            caption="Average mood per month"
            rowHeader={month}
            rows={months}
            columns={[
              {
                label: 'Average mood',
                cell: (m) =>
                  m.meanMood === undefined ? 'No mood given' : formatNumber(m.meanMood),
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}

/** PHQ-9 and GAD-7 scores over the period, one trend per instrument the person took. */
export function SelfChecksSection({ report }: { report: ProgressReport }) {
  const taken = INSTRUMENTS.filter((i) => report.checkIns.some((c) => c.instrument === i));
  return (
    <Section
      id="progress-checks"
      title="Self-checks"
      intro={`PHQ-9 (mood) and GAD-7 (anxiety) scores: self-checks, never a diagnosis. ${MEANINGFUL_CHANGE_NOTE}`}
    >
      {taken.length === 0 ? (
        <p>No self-checks taken in this period.</p>
      ) : (
        taken.map((instrument) => {
          const checks = report.checkIns.filter((c) => c.instrument === instrument);
          return (
            <div key={instrument} className="stack">
              <h3>{instrument}</h3>
              <TrendChart
                instrument={instrument}
                from={report.from}
                to={report.to}
                points={checks}
              />
              <DataTable
                caption={`${instrument} self-checks in this period`}
                rowHeader={{ label: 'Day', cell: (c) => mediumDate(c.date) }}
                rows={checks}
                columns={[
                  { label: 'Score', cell: (c) => String(c.score) },
                  { label: 'Band', cell: (c) => BAND_LABELS[c.band] },
                ]}
              />
            </div>
          );
        })
      )}
    </Section>
  );
}

const change = (drop: number | undefined) =>
  drop === undefined
    ? 'Nothing re-rated'
    : Math.abs(drop) < 0.05
      ? 'No change'
      : `${formatNumber(Math.abs(drop))} points ${drop > 0 ? 'lower' : 'higher'}`;

/** Thought records written, and how much re-rating brought the emotions down on average. */
export function ThoughtRecordsSection({ report }: { report: ProgressReport }) {
  const { months, totals } = report;
  return (
    <Section
      id="progress-thought-records"
      title="Thought records"
      intro="How strong the emotions you rated felt after weighing the evidence, against before: the average change, in points out of 100."
    >
      {totals.thoughtRecords === 0 ? (
        <p>No thought records in this period.</p>
      ) : (
        <>
          {totals.reratingDrop !== undefined && (
            <MonthChart
              label="Average drop in emotions' intensity after re-rating, each month, in points"
              months={months.map((m) => m.month)}
              bars={[
                {
                  label: 'Points lower after re-rating',
                  tone: 'accent',
                  values: months.map((m) => m.reratingDrop ?? 0),
                },
              ]}
              format={formatNumber}
            />
          )}
          <DataTable
            caption="Thought records per month"
            rowHeader={month}
            rows={months}
            columns={[
              { label: 'Thought records', cell: (m) => m.thoughtRecords.toLocaleString() },
              { label: 'After re-rating', cell: (m) => change(m.reratingDrop) },
            ]}
          />
        </>
      )}
    </Section>
  );
}
