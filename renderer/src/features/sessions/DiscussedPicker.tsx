import { useState } from 'react';
import type { InsightView } from '../../../../shared/therapy/therapy-contract';
import { mediumDate } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { kindLabel } from '../insights/kinds';
import { useInsightsById, useInsightsToDiscuss } from './queries';
import styles from './DiscussedPicker.module.css';

/** One line that names an insight: its kind and the person's note, else the words it marks. */
export function insightSummary(insight: InsightView): string {
  const words = insight.note.trim() || insight.quote?.trim() || 'the whole entry';
  return `${kindLabel[insight.kind]}: ${words}`;
}

/**
 * The insights talked about in the session, picked from those marked "bring to session" and not
 * yet discussed, plus those already picked for this session.
 */
export function DiscussedPicker({
  selected,
  onChange,
}: {
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  // Those picked when the form opened stay offered even once unticked, so a slip can be undone.
  const [initial] = useState(selected);
  const waiting = useInsightsToDiscuss();
  const picked = useInsightsById(initial);
  const options = new Map<string, InsightView>();
  for (const query of picked) if (query.data) options.set(query.data.id, query.data);
  for (const insight of waiting.data?.items ?? []) options.set(insight.id, insight);
  // One picked before may be out of sight now (its entry in the trash): it stays picked, unseen.
  const failed = waiting.error;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((other) => other !== id));

  return (
    <fieldset className="framed-group">
      <legend>Discussed in this session</legend>
      <ErrorText>{failed && `Your insights could not be loaded. ${messageOf(failed)}`}</ErrorText>
      {waiting.isSuccess && options.size === 0 ? (
        <p className="hint">
          Nothing is waiting to be discussed. Insights you mark “bring to next session” in your
          entries can be picked here, and are then shown as discussed in this session.
        </p>
      ) : (
        <ul className={`plain-list ${styles.options}`}>
          {[...options.values()].map((insight) => (
            <li key={insight.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={selected.includes(insight.id)}
                  onChange={(e) => toggle(insight.id, e.target.checked)}
                />
                <span>
                  {insightSummary(insight)}
                  <span className={`hint ${styles.from}`}>
                    {insight.entryTitle.trim() || 'Untitled entry'}, {mediumDate(insight.entryDate)}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
