import { Link } from 'react-router';
import { localDaySchema } from '../../../../shared/domain/primitives';
import { longDay } from '../../lib/dates';
import { prepPath } from './prep-path';
import { useJournalQuery } from '../../lib/query';

/**
 * Said when the date chosen is not the one the screen opened with and that day's session already
 * has a prep note: saving would replace it, so the person can open it instead.
 */
export function SavedElsewhere({ date, current }: { date: string; current?: string }) {
  const other = localDaySchema.safeParse(date).success && date !== current ? date : undefined;
  const view = useJournalQuery(
    'prep:draft',
    { date: other ?? '' },
    { enabled: other !== undefined },
  );
  const saved = other ? view.data?.saved : undefined;
  if (!other || !saved || view.data?.date !== other) return null;
  return (
    <p className="banner warning">
      The session on {longDay(other)} already has a prep note: saving replaces it.{' '}
      <Link to={prepPath(other)}>Open that note instead</Link>
    </p>
  );
}
