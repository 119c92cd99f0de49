import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ImportResult } from '../../../../shared/import/import-contract';
import { resultLine } from './import-words';

interface Props {
  result: ImportResult;
  onAgain: () => void;
}

/** What the import did, where to find the entries, and that a backup was made first. */
export function ImportDone({ result, onAgain }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel stack" aria-labelledby="import-done-title">
      <h2 id="import-done-title" ref={heading} tabIndex={-1}>
        {result.added > 0 ? 'Import finished' : 'Nothing new to import'}
      </h2>
      <p role="status">{resultLine(result)}</p>
      {result.added > 0 && (
        <>
          <p className="hint">
            A backup of your journal was made just before the import; it is listed under Settings →
            Backups.
          </p>
          <p>
            <Link to="/journal">Open the journal</Link> and filter it by the tag “{result.tag}”, or{' '}
            <Link to="/tags">rename or delete the tag</Link>.
          </p>
        </>
      )}
      <div className="row">
        <button type="button" onClick={onAgain}>
          Import another file
        </button>
      </div>
    </section>
  );
}
