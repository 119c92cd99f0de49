import { join } from 'node:path';
import { dispatch } from '../../electron/ipc';
import type { Handler, Handlers } from '../../electron/ipc';
import { entriesDomains } from '../../electron/services/entries/domain';
import { EntrySearchIndex } from '../../electron/services/entries/search-index';
import { JournalSession } from '../../electron/services/vault/journal-session';
import type { ChannelName, InputOf } from '../../shared/contract';
import { median, round, timed } from './measure';
import type { BenchContext, BenchFigures } from './vault-section';

/** A word, a prefix, a swapped-letter typo, two words, a dropped-letter typo. */
const QUERIES = ['anger', 'manag', 'angre', 'chest pattern', 'noticd'];
const BUILDS = 3;

/**
 * The timeline's first screen and search over the same synthetic journal, through the real
 * handlers (input parsed by the channel's schema, as from the page) of an unlocked journal.
 */
export async function entriesSection({
  dir,
  makeDocument,
  runs,
  log,
}: BenchContext): Promise<BenchFigures> {
  const dataDir = join(dir, 'entries');
  const passphrase = 'bench lighthouse quietly 7 orchards';
  const session = new JournalSession({
    dataDir,
    info: () => ({ name: 'Between Sessions', version: 'bench', runtime: 'browser-harness' }),
    notify: () => undefined,
    openExternal: async () => undefined,
    confirmOpenExternal: async () => false,
    screenLockDetection: async () => false,
    onSystemLock: () => undefined,
  });
  await session.create(passphrase);
  await session.change((doc) => Object.assign(doc, makeDocument()));
  await session.lock('manual');
  // Measured on the document as an unlock reads it from disk, not on the one built in memory.
  await session.unlock({ passphrase });

  const handlers: Partial<Handlers> = {};
  for (const domain of entriesDomains(session)) Object.assign(handlers, domain.handlers);
  const call = async <K extends ChannelName>(name: K, input: InputOf<K>) => {
    session.activity();
    const result = await dispatch(name, handlers[name] as Handler<K>, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
    return result.value;
  };

  try {
    const live = session.read((doc) => doc.entries.filter((entry) => !entry.deletedAt));
    const builds: number[] = [];
    for (let i = 0; i < BUILDS; i++) builds.push(await timed(() => new EntrySearchIndex(live)));
    log(
      `search index build over ${live.length} entries: [${builds.map((t) => round(t)).join(', ')}]`,
    );
    const first = await timed(() => call('entries:list', { text: QUERIES[0], limit: 100 }));
    log(`first search after unlock (builds the index): ${round(first)} ms`);

    const search: number[] = [];
    for (const text of QUERIES) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < runs; i++) {
        times.push(
          await timed(async () => {
            total = (await call('entries:list', { text, limit: 100 })).total;
          }),
        );
      }
      search.push(...times);
      log(
        `search "${text}" (${total} matches): median ${round(median(times))} ms of [${times.map((t) => round(t)).join(', ')}]`,
      );
    }

    const timeline: number[] = [];
    for (let i = 0; i < runs; i++) {
      timeline.push(await timed(() => call('entries:list', { limit: 100 })));
    }
    log(
      `timeline first page (100 of ${live.length}): [${timeline.map((t) => round(t)).join(', ')}]`,
    );

    return {
      indexBuildMs: round(median(builds)),
      searchMs: round(median(search)),
      timelineMs: round(median(timeline)),
    };
  } finally {
    await session.lock('manual');
  }
}
