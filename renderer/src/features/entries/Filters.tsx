import type { EntryFilter } from '../../../../shared/entries/entry-contract';
import type { ShareLevel } from '../../../../shared/domain/records';
import { shareLevelShort } from './share-levels';
import styles from './Filters.module.css';

interface Props {
  filter: EntryFilter;
  tags: string[];
  onChange: (filter: EntryFilter) => void;
}

const moods = Array.from({ length: 10 }, (_, i) => i + 1);

/** Narrowing controls for the timeline, the calendar and search; each one is optional. */
export function Filters({ filter, tags, onChange }: Props) {
  const set = (patch: Partial<EntryFilter>) => {
    const merged: EntryFilter = { ...filter, ...patch };
    // Empty choices mean "any": they are left out rather than sent as empty values.
    const next = Object.fromEntries(
      Object.entries(merged).filter(
        ([, value]) =>
          value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
      ),
    ) as EntryFilter;
    onChange(next);
  };
  const active = Object.keys(filter).some((k) => k !== 'text');
  return (
    <fieldset className={styles.filters}>
      <legend className="visually-hidden">Filters</legend>
      <label>
        Tag
        <select
          value={filter.tags?.[0] ?? ''}
          onChange={(e) => set({ tags: e.target.value ? [e.target.value] : undefined })}
        >
          <option value="">Any</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <MoodBound
        label="Mood from"
        value={filter.moodMin}
        onChange={(moodMin) => set({ moodMin })}
      />
      <MoodBound label="Mood to" value={filter.moodMax} onChange={(moodMax) => set({ moodMax })} />
      <label>
        From
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set({ to: e.target.value || undefined })}
        />
      </label>
      <label>
        Shared as
        <select
          value={filter.shareLevels?.[0] ?? ''}
          onChange={(e) =>
            set({ shareLevels: e.target.value ? [e.target.value as ShareLevel] : undefined })
          }
        >
          <option value="">Any</option>
          {(Object.keys(shareLevelShort) as ShareLevel[]).map((level) => (
            <option key={level} value={level}>
              {shareLevelShort[level]}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button
          type="button"
          className="quiet"
          onClick={() => onChange(filter.text ? { text: filter.text } : {})}
        >
          Clear filters
        </button>
      )}
    </fieldset>
  );
}

function MoodBound(props: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  return (
    <label>
      {props.label}
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value ? Number(e.target.value) : undefined)}
      >
        <option value="">Any</option>
        {moods.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
    </label>
  );
}
