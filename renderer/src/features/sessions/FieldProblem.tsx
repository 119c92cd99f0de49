import type { DraftProblems } from './session-draft';

/** A field's problem, read out as it appears. */
export function Problem({
  field,
  problems,
}: {
  field: keyof DraftProblems;
  problems: DraftProblems;
}) {
  const text = problems[field];
  if (!text) return null;
  return (
    <p role="alert" id={`${field}-problem`} className="field-error">
      {text}
    </p>
  );
}
