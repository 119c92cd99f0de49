/** The recovery key typed as written on paper: no spellcheck, capitals, never remembered. */
export function RecoveryKeyField({
  id,
  label,
  value,
  onChange,
  placeholder,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoFocus
        spellCheck={false}
        autoCapitalize="characters"
        autoComplete="off"
        placeholder={placeholder}
      />
    </div>
  );
}
