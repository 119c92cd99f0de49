import { useMemo } from 'react';
import { currencyOptions } from './currencies';

/** A currency by its code, named in the person's language. */
export function CurrencySelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (code: string) => void;
}) {
  const options = useMemo(() => currencyOptions(value), [value]);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map(({ code, name }) => (
        <option key={code} value={code}>
          {code} — {name}
        </option>
      ))}
    </select>
  );
}
