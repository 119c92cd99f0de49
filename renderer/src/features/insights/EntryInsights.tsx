import { useEffect, useRef, useState } from 'react';
import type { InsightView } from '../../../../shared/therapy/therapy-contract';
import { mediumDate } from '../../lib/dates';
import { keysOf } from '../../lib/platform';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { useInsightDialog } from './insight-dialog';
import { clearedMessage, detailsText, intensityText } from './insight-words';
import { kindLabel } from './kinds';
import { useEntryInsights } from './queries';
import styles from './EntryInsights.module.css';

interface Props {
  entryId: string;
  /** The insight the address points at (`?insight=<id>`), shown as the current one. */
  currentId?: string | null;
}

/**
 * The open entry's insights, beside it: each opens the form to change it, and one more can be
 * added for the whole entry. "Mark insight" (the command) opens the same form.
 */
export function EntryInsights({ entryId, currentId }: Props) {
  const list = useEntryInsights(entryId);
  const dialog = useInsightDialog();
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const current = useRef<HTMLButtonElement>(null);
  const insights = list.data?.items ?? [];

  async function addWhole() {
    if (dialog.open) return;
    const insight = await dialog.openMarkInsight({ entryId });
    if (insight) setMessage(`${kindLabel[insight.kind]} added to this entry.`);
  }

  async function edit(insight: InsightView) {
    const outcome = await dialog.editInsight(insight);
    if (outcome.action === 'saved') {
      setMessage(`Insight saved. ${clearedMessage(outcome.cleared)}`.trim());
    }
    if (outcome.action === 'deleted') {
      setMessage('Insight deleted. The words of the entry are as they were.');
      // Its button is gone: focus stays in the list rather than falling to the page.
      heading.current?.focus();
    }
  }

  const found = insights.some((i) => i.id === currentId);
  useEffect(() => {
    if (found) current.current?.scrollIntoView({ block: 'nearest' });
  }, [found]);

  return (
    <section className={styles.panel} aria-labelledby="entry-insights-title">
      <h2 id="entry-insights-title" ref={heading} tabIndex={-1} className={styles.title}>
        Insights
      </h2>
      <ErrorText>
        {list.error && `This entry’s insights could not be loaded. ${messageOf(list.error)}`}
      </ErrorText>
      {list.data && insights.length === 0 && (
        <p className="hint">
          Nothing marked in this entry yet. Note a moment that mattered with “Add insight to whole
          entry” or {keysOf('insight.mark')}.
        </p>
      )}
      {insights.length > 0 && (
        <ul className={`plain-list ${styles.list}`}>
          {insights.map((insight) => (
            <li key={insight.id}>
              <button
                type="button"
                ref={insight.id === currentId ? current : undefined}
                className={styles.item}
                aria-current={insight.id === currentId ? 'true' : undefined}
                onClick={() => void edit(insight)}
              >
                <span className={styles.kind}>{kindLabel[insight.kind]}</span>
                {detailsText(insight) && (
                  <span className={styles.detail}>{detailsText(insight)}</span>
                )}
                <span className={styles.detail}>{intensityText(insight.intensity)}</span>
                {insight.note && <span className={styles.note}>{insight.note}</span>}
                <span className={insight.passage === 'marked' ? styles.quote : styles.detail}>
                  {insight.passage === 'whole-entry'
                    ? 'Whole entry'
                    : insight.passage === 'removed'
                      ? 'Passage removed'
                      : `“${insight.quote}”`}
                </span>
                {insight.discussedOn ? (
                  <span className={styles.detail}>
                    Discussed on {mediumDate(insight.discussedOn)}
                  </span>
                ) : (
                  insight.bringToSession && (
                    <span className={styles.detail}>To bring to the next session</span>
                  )
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => void addWhole()}>
        Add insight to whole entry
      </button>
      <p role="status" className="hint">
        {message}
      </p>
    </section>
  );
}
