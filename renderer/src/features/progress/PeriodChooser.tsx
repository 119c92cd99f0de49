import { DayRangeFields } from '../../ui/DayRangeFields';
import { PERIOD_LABELS } from './period';
import type { Period, PeriodKind } from './period';
import styles from './ProgressScreen.module.css';

interface Props {
  period: Period;
  /** The days the figures on screen cover: a custom period starts from them. */
  shown: { from: string; to: string } | undefined;
  onChange: (period: Period, replace?: boolean) => void;
}

/** Which months the screen covers: a few presets, or any two days. */
export function PeriodChooser({ period, shown, onChange }: Props) {
  return (
    <div className={styles.period}>
      <div className="field">
        <label htmlFor="progress-period">Period</label>
        <select
          id="progress-period"
          value={period.kind}
          onChange={(e) => {
            const kind = e.target.value as PeriodKind;
            onChange(kind === 'custom' ? { kind, from: shown?.from, to: shown?.to } : { kind });
          }}
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
          idPrefix="progress"
          from={period.from ?? ''}
          to={period.to ?? ''}
          onChange={(range) => onChange({ ...period, ...range }, true)}
        />
      )}
    </div>
  );
}
