import type { CheckIn, JournalDocument } from '../../../shared/domain';
import { inOrder } from '../../../shared/therapy/check-in-trends';
import { bandOf, scoreOf } from '../../../shared/therapy/instruments';
import type { CreateCheckIn } from '../../../shared/therapy/therapy-contract';
import { ServiceError } from '../../errors';

/** Every check-in, oldest first, as copies: the caller may not change the open document. */
export function listCheckIns(doc: Readonly<JournalDocument>): CheckIn[] {
  return structuredClone(inOrder(doc.checkIns));
}

/**
 * A new check-in, scored and banded here from the answers alone: the page's idea of the score is
 * never stored. The answer count was checked by the channel's schema.
 */
export function newCheckIn(input: CreateCheckIn, id: string, createdAt: string): CheckIn {
  const score = scoreOf(input.instrument, input.answers);
  return {
    id,
    date: input.date,
    instrument: input.instrument,
    answers: [...input.answers],
    score,
    band: bandOf(input.instrument, score),
    ...(input.difficulty !== undefined ? { difficulty: input.difficulty } : {}),
    createdAt,
  };
}

/** Where the check-in is in the document; refused when it is gone (deleted a moment ago). */
export function requireCheckIn(doc: Readonly<JournalDocument>, id: string): number {
  const index = doc.checkIns.findIndex((c) => c.id === id);
  if (index < 0) throw new ServiceError('NOT_FOUND', 'That check-in no longer exists.');
  return index;
}
