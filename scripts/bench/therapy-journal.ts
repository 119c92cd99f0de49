import { JournalSession } from '../../electron/services/vault/journal-session';
import type { JournalDocument } from '../../shared/domain';
import { testPlatform } from '../../tests/support/platform';
import { withTherapy } from './synthetic';

export const BENCH_PASSPHRASE = 'bench lighthouse quietly 7 orchards';

/**
 * A locked journal in `dataDir` holding the therapy fixture (the synthetic entries plus insights,
 * goals, sessions and check-ins), so a section measures what an unlock reads from disk, not the
 * document built in memory.
 */
export async function lockedTherapyJournal(
  dataDir: string,
  makeDocument: () => JournalDocument,
): Promise<JournalSession> {
  const session = new JournalSession(testPlatform(dataDir));
  await session.create(BENCH_PASSPHRASE);
  await session.change((doc) => Object.assign(doc, withTherapy(makeDocument())));
  await session.lock('manual');
  return session;
}
