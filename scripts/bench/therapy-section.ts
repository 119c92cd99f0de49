import { join } from 'node:path';
import { dispatch } from '../../electron/ipc';
import type { Handler, Handlers } from '../../electron/ipc';
import { progressDomain } from '../../electron/services/progress/domain';
import { JournalSession } from '../../electron/services/vault/journal-session';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract';
import { testPlatform } from '../../tests/support/platform';
import { median, peakRssMB, round, timed } from './measure';
import { THERAPY_COUNTS, withTherapy } from './synthetic';
import type { BenchContext, BenchFigures } from './vault-section';

type Call = <K extends ChannelName>(name: K, input: InputOf<K>) => Promise<OutputOf<K>>;

/** A year the synthetic journal fills (its entries run from 2020 to 2027). */
const ONE_YEAR = { from: '2024-01-01', to: '2024-12-31' };

/**
 * The therapy screens' figures, each answered by its real channel. A screen whose channel
 * arrives later adds its line here (and its domain to `domains` below):
 * `insightsScreenMs`, the first page of the Insights screen's data (`insights:list`), < 50 ms.
 */
const MEASURES: Array<{ figure: string; what: string; run: (call: Call) => Promise<unknown> }> = [
  {
    figure: 'progressMs',
    what: 'Progress screen, one year (target < 100 ms)',
    run: (call) => call('progress:get', ONE_YEAR),
  },
];

/**
 * The therapy layer over the synthetic journal plus 3,000 insights, 50 goals, 150 sessions and
 * 100 check-ins, through the real handlers (input parsed by the channel's schema, as from the
 * page) of an unlocked journal.
 */
export async function therapySection({
  dir,
  makeDocument,
  runs,
  log,
}: BenchContext): Promise<BenchFigures> {
  const dataDir = join(dir, 'therapy');
  const passphrase = 'bench lighthouse quietly 7 orchards';
  const session = new JournalSession(testPlatform(dataDir));
  await session.create(passphrase);
  await session.change((doc) => Object.assign(doc, withTherapy(makeDocument())));
  await session.lock('manual');
  log(
    `therapy fixture: ${Object.entries(THERAPY_COUNTS)
      .map(([what, count]) => `${count} ${what}`)
      .join(', ')}; peak RSS after writing it: ${peakRssMB()} MB`,
  );

  const domains = [progressDomain(session)];
  const handlers: Partial<Handlers> = {};
  for (const domain of domains) Object.assign(handlers, domain.handlers);
  const call: Call = async (name, input) => {
    session.activity();
    const result = await dispatch(name, handlers[name] as Handler<typeof name>, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code}`);
    return result.value;
  };

  try {
    // Measured on the document as an unlock reads it from disk, not on the one built in memory.
    await session.unlock({ passphrase });
    const figures: BenchFigures = {};
    for (const { figure, what, run } of MEASURES) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await timed(() => run(call)));
      figures[figure] = round(median(times));
      log(`${what}: median ${figures[figure]} ms of [${times.map((t) => round(t)).join(', ')}]`);
    }
    return figures;
  } finally {
    await session.lock('manual');
  }
}
