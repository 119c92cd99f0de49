import type { InsightKind } from '../../../../shared/domain/records';
import type { ScreenFilter } from './filter-params';
import { isFiltered } from './filter-params';
import type { GoalChoice } from './goal-choices';
import { kindLabel, kindOrder } from './kinds';
import styles from './InsightsScreen.module.css';

interface Props {
  filter: ScreenFilter;
  /** Undefined until the goals are read: no goal filter until then. */
  goals: GoalChoice[] | undefined;
  onChange: (filter: ScreenFilter) => void;
}

/** Each field sets or clears one filter; an empty field means "any". */
export function InsightFilters({ filter, goals, onChange }: Props) {
  const set = <K extends keyof ScreenFilter>(key: K, value: ScreenFilter[K] | '' | false) => {
    const cleared = value === '' || value === false || value === undefined;
    const rest = Object.fromEntries(Object.entries(filter).filter(([k]) => k !== key));
    onChange(cleared ? rest : { ...rest, [key]: value });
  };
  const unknownGoal = filter.goalId && goals && !goals.some((g) => g.id === filter.goalId);
  const backwards = filter.from && filter.to && filter.from > filter.to;
  return (
    <form
      className={styles.filters}
      role="search"
      aria-label="Filter insights"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor="insight-filter-kind">Kind</label>
        <select
          id="insight-filter-kind"
          value={filter.kind ?? ''}
          onChange={(e) => set('kind', e.target.value as InsightKind | '')}
        >
          <option value="">All kinds</option>
          {kindOrder.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel[kind]}
            </option>
          ))}
        </select>
      </div>
      {goals && goals.length > 0 && (
        <div className="field">
          <label htmlFor="insight-filter-goal">Goal</label>
          <select
            id="insight-filter-goal"
            value={filter.goalId ?? ''}
            onChange={(e) => set('goalId', e.target.value)}
          >
            <option value="">All goals</option>
            {unknownGoal && <option value={filter.goalId}>A goal that no longer exists</option>}
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="insight-filter-from">From</label>
        <input
          id="insight-filter-from"
          type="date"
          max="9999-12-31"
          value={filter.from ?? ''}
          onChange={(e) => set('from', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="insight-filter-to">To</label>
        <input
          id="insight-filter-to"
          type="date"
          max="9999-12-31"
          value={filter.to ?? ''}
          onChange={(e) => set('to', e.target.value)}
        />
      </div>
      <div className={styles.flags}>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.bringToSession === true}
            onChange={(e) => set('bringToSession', e.target.checked)}
          />
          Bring to session
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.notDiscussed === true}
            onChange={(e) => set('notDiscussed', e.target.checked)}
          />
          Not yet discussed
        </label>
        {isFiltered(filter) && (
          <button type="button" className="quiet" onClick={() => onChange({})}>
            Clear filters
          </button>
        )}
      </div>
      {backwards && (
        <p className={`hint ${styles.filterNote}`}>
          The period ends before it begins, so no insight falls in it.
        </p>
      )}
    </form>
  );
}
