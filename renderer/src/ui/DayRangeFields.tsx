/** "From" and "To" day fields of a custom period (both days included), side by side. */
export function DayRangeFields({
  idPrefix,
  from,
  to,
  onChange,
}: {
  /** Makes the fields' ids unique on the page: `${idPrefix}-from`, `${idPrefix}-to`. */
  idPrefix: string;
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-from`}>From</label>
        <input
          id={`${idPrefix}-from`}
          type="date"
          max="9999-12-31"
          value={from}
          onChange={(e) => onChange({ from: e.target.value, to })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-to`}>To</label>
        <input
          id={`${idPrefix}-to`}
          type="date"
          max="9999-12-31"
          value={to}
          onChange={(e) => onChange({ from, to: e.target.value })}
        />
      </div>
    </>
  );
}
