import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryFilter, EntrySummary } from '../../../../shared/entries/entry-contract';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';

const PAGE = 200;

/**
 * The timeline's entries for a filter, loaded a page at a time as the person scrolls.
 * `reload` refetches what is loaded (after an edit) without losing the scroll depth.
 */
export function useEntryList(filter: EntryFilter) {
  const [items, setItems] = useState<EntrySummary[]>([]);
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);
  const key = JSON.stringify(filter);

  const fetchRange = useCallback(
    async (offset: number, limit: number) =>
      unwrap(journal().entries.list({ ...(JSON.parse(key) as EntryFilter), offset, limit })),
    [key],
  );

  const reload = useCallback(
    async (keep = PAGE) => {
      const id = ++request.current;
      try {
        const page = await fetchRange(0, Math.min(500, Math.max(PAGE, keep)));
        if (id !== request.current) return;
        setItems(page.items);
        setTotal(page.total);
        setError(null);
      } catch (e) {
        if (id === request.current) setError(messageOf(e));
      } finally {
        if (id === request.current) setLoaded(true);
      }
    },
    [fetchRange],
  );

  useEffect(() => {
    setLoaded(false);
    void reload();
  }, [reload]);

  const loadMore = useCallback(async () => {
    if (items.length >= total) return;
    const id = request.current;
    const page = await fetchRange(items.length, PAGE);
    if (id !== request.current) return;
    setItems((current) => [...current, ...page.items]);
    setTotal(page.total);
  }, [fetchRange, items.length, total]);

  return { items, total, loaded, error, reload, loadMore };
}
