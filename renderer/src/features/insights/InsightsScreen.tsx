import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { keysOf } from '../../lib/platform';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { filterFromParams, isFiltered, paramsFromFilter } from './filter-params';
import type { ScreenFilter } from './filter-params';
import { useGoalChoices } from './goal-choices';
import { InsightCard } from './InsightCard';
import { InsightFilters } from './InsightFilters';
import { InsightMonthsChart } from './InsightMonthsChart';
import { useInsightPages } from './queries';
import styles from './InsightsScreen.module.css';

/**
 * Every insight, newest first, filtered by what the address says, with the month-by-month
 * counts of everything the filters match. Each opens its entry at the insight.
 */
export function InsightsScreen() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const goals = useGoalChoices();
  const pages = useInsightPages(filter);
  const filtered = isFiltered(filter);
  // Rendered within the click, not as a transition: a ticked filter box would otherwise snap back
  // until the new address renders.
  const setFilter = (next: ScreenFilter) => setParams(paramsFromFilter(next), { flushSync: true });
  const list = useRef<HTMLUListElement>(null);
  // "Show more" hands focus to the first insight it brought, rather than to a button now gone.
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const shown = pages.items.length;
  useEffect(() => {
    if (focusFrom === null || shown <= focusFrom) return;
    list.current?.querySelectorAll(':scope > li')[focusFrom]?.querySelector('a')?.focus();
    setFocusFrom(null);
  }, [focusFrom, shown]);

  return (
    <Page title="Insights">
      <InsightFilters filter={filter} goals={goals} onChange={setFilter} />
      <ErrorText>
        {pages.error && `Your insights could not be loaded. ${messageOf(pages.error)}`}
      </ErrorText>
      <p role="status" className="hint">
        {pages.loaded &&
          (pages.total === 0
            ? filtered
              ? 'No insights match these filters.'
              : ''
            : `${pages.total} ${pages.total === 1 ? 'insight' : 'insights'}${filtered ? ' match' : ''}`)}
      </p>
      {pages.loaded && pages.total === 0 && !filtered && (
        <div className={styles.empty}>
          <p>
            Insights are the moments that mattered in your writing: a breakthrough, a pattern you
            noticed, a small win, a setback, a question for your therapist. They gather here, newest
            first.
          </p>
          <p>
            To mark one, open an entry in the Journal and choose “Add insight to whole entry” in its
            Insights list, or press {keysOf('insight.mark')} while writing.
          </p>
        </div>
      )}
      {pages.total > 0 && <InsightMonthsChart monthly={pages.monthly} />}
      {pages.items.length > 0 && (
        <section aria-labelledby="insights-list-title" className={styles.listSection}>
          <h2 id="insights-list-title">Newest first</h2>
          <ul className="plain-list" ref={list}>
            {pages.items.map((insight) => (
              <li key={insight.id}>
                <InsightCard insight={insight} goals={goals} />
              </li>
            ))}
          </ul>
          {pages.hasMore && (
            <p>
              <button
                type="button"
                onClick={() => {
                  setFocusFrom(shown);
                  pages.loadMore();
                }}
                disabled={pages.loadingMore}
              >
                {pages.loadingMore ? 'Loading…' : 'Show more'}
              </button>
            </p>
          )}
        </section>
      )}
    </Page>
  );
}
