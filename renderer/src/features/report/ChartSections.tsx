import type { ReportModel } from '../../../../shared/report/report-types';
import { BAND_LABELS, MEANINGFUL_CHANGE_NOTE } from '../../../../shared/therapy/instruments';
import { monthTotal } from '../../../../shared/therapy/insight-months';
import { mediumDate, weekLabel } from '../../lib/dates';
import { DataTable } from '../../ui/DataTable';
import { kindOrder, kindPluralLabel } from '../insights/kinds';
import { formatNumber, monthName } from '../progress/format';
import { MonthChart } from '../progress/MonthChart';
import { KIND_TONES } from '../progress/tones';
import { TrendChart } from '../progress/TrendChart';
import { Card } from './Card';
import { WeekMoodChart } from './WeekMoodChart';

type Of<K extends keyof ReportModel> = NonNullable<ReportModel[K]>;

const orNone = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value));

/** Mood by week: the average, the lowest and the highest, with private entries as the person chose. */
export function MoodCard({
  mood,
  privateInCharts,
}: {
  mood: Of<'mood'>;
  privateInCharts: boolean;
}) {
  const rated = mood.weeks.filter((w) => w.count > 0);
  return (
    <Card section="mood" intro="The moods given to entries, from 1 (lowest) to 10, week by week.">
      {rated.length === 0 ? (
        <p>No entries with a mood in this period.</p>
      ) : (
        <>
          <WeekMoodChart weeks={mood.weeks} />
          <DataTable
            caption="Mood each week"
            rowHeader={{ label: 'Week', cell: (w) => weekLabel(w.week) }}
            rows={rated}
            columns={[
              { label: 'Average', cell: (w) => orNone(w.mean) },
              { label: 'Lowest', cell: (w) => orNone(w.min) },
              { label: 'Highest', cell: (w) => orNone(w.max) },
              { label: 'Entries', cell: (w) => w.count.toLocaleString() },
            ]}
          />
        </>
      )}
      <p className="hint">
        {privateInCharts
          ? mood.includesPrivate
            ? 'Includes the moods of private entries; none of their words are in this report.'
            : 'Private entries count here too; none of their words are in this report.'
          : 'Private entries are left out of these figures.'}
      </p>
    </Card>
  );
}

const changeWords = (points: number, meaningful: boolean) =>
  points === 0
    ? 'The same score at the start and at the end of the period.'
    : `${Math.abs(points)} ${Math.abs(points) === 1 ? 'point' : 'points'} ${points < 0 ? 'lower' : 'higher'} at the end of the period than at its start${meaningful ? ', a change usually counted as meaningful' : ''}.`;

/** PHQ-9 and GAD-7 scores with their published bands: self-checks, never a diagnosis. */
export function CheckInsCard({
  trends,
  from,
  to,
}: {
  trends: Of<'checkIns'>;
  from: string;
  to: string;
}) {
  const taken = trends.filter((t) => t.points.length > 0);
  return (
    <Card
      section="check-ins"
      intro={`Self-checks, never a diagnosis: lower scores mean fewer problems. ${MEANINGFUL_CHANGE_NOTE}`}
    >
      {taken.length === 0 && <p>No self-checks taken in this period.</p>}
      {taken.map((trend) => (
        <div key={trend.instrument} className="stack">
          <h3>{trend.instrument}</h3>
          <TrendChart instrument={trend.instrument} from={from} to={to} points={trend.points} />
          <DataTable
            caption={`${trend.instrument} self-checks`}
            rowHeader={{ label: 'Day', cell: (c) => mediumDate(c.date) }}
            rows={trend.points}
            columns={[
              { label: 'Score', cell: (c) => String(c.score) },
              { label: 'Band', cell: (c) => BAND_LABELS[c.band] },
            ]}
          />
          {trend.change && <p>{changeWords(trend.change.points, trend.change.meaningful)}</p>}
        </div>
      ))}
    </Card>
  );
}

/** Insights per month, stacked by kind, each kind with a texture of its own for grey paper. */
export function InsightsCard({ insights }: { insights: Of<'insights'> }) {
  const kinds = kindOrder.filter((kind) => (insights.byKind[kind] ?? 0) > 0);
  return (
    <Card section="insights" intro="Insights marked in entries, counted in the month of the entry.">
      {insights.total === 0 ? (
        <p>No insights marked in this period.</p>
      ) : (
        <>
          <MonthChart
            label="Insights marked each month, by kind"
            months={insights.months.map((m) => m.month)}
            stacked
            integer
            patterned
            bars={kinds.map((kind) => ({
              label: kindPluralLabel[kind],
              tone: KIND_TONES[kind],
              values: insights.months.map((m) => m.counts[kind] ?? 0),
            }))}
            format={formatNumber}
          />
          <DataTable
            caption="Insights per month, by kind"
            rowHeader={{ label: 'Month', cell: (m) => monthName(m.month) }}
            rows={insights.months}
            columns={[
              ...kinds.map((kind) => ({
                label: kindPluralLabel[kind],
                cell: (m: (typeof insights.months)[number]) =>
                  (m.counts[kind] ?? 0).toLocaleString(),
              })),
              { label: 'All kinds', cell: (m) => monthTotal(m).toLocaleString() },
            ]}
          />
        </>
      )}
    </Card>
  );
}
