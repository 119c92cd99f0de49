import { join } from 'node:path';
import { dispatch } from '../../electron/ipc';
import type { Handler, Handlers } from '../../electron/ipc';
import { systemClock } from '../../electron/services/entries/clock';
import { EntriesService } from '../../electron/services/entries/entries-service';
import { insightsDomain } from '../../electron/services/insights/domain';
import { InsightsService } from '../../electron/services/insights/insights-service';
import { progressDomain } from '../../electron/services/progress/domain';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract';
import type { InsightPage } from '../../shared/therapy/therapy-contract';
import { median, peakRssMB, round, timed } from './measure';
import { BENCH_PASSPHRASE, lockedTherapyJournal } from './therapy-journal';
import { THERAPY_COUNTS } from './synthetic';
import type { BenchContext, BenchFigures } from './vault-section';

type Call = <K extends ChannelName>(name: K, input: InputOf<K>) => Promise<OutputOf<K>>;

/** A year the synthetic journal fills (its entries run from 2020 to 2027). */
const ONE_YEAR = { from: '2024-01-01', to: '2024-12-31' };

/**
 * The Insights screen's first page exactly as the screen asks for it with no filters
 * (renderer/src/features/insights/queries.ts: `{ ...filter, offset: 0, limit: PAGE }`, PAGE 50).
 */
const INSIGHTS_FIRST_PAGE = { offset: 0, limit: 50 };

/** What a page of insights held, to show the measurement listed and checked what it should. */
function aboutInsights(result: unknown): string {
  const { items, total, monthly } = result as InsightPage;
  const marked = items.filter((item) => item.passage === 'marked').length;
  return `${items.length} of ${total}, ${marked} with a marked passage, ${monthly.length} months counted`;
}

interface Measure {
  /** The figure it adds to the JSON line; without one it is logged for information only. */
  figure?: string;
  what: string;
  run: (call: Call) => Promise<unknown>;
  /** What the last run's answer held, for the log. */
  about?: (result: unknown) => string;
}

/**
 * The therapy screens' figures, each answered by its real channel. A screen whose channel
 * arrives later adds its line here (and its domain to `domains` below).
 */
const MEASURES: Measure[] = [
  {
    figure: 'progressMs',
    what: 'Progress screen, one year (target < 100 ms)',
    run: (call) => call('progress:get', ONE_YEAR),
  },
  {
    figure: 'insightsScreenMs',
    what: 'Insights screen, first page, no filters (target < 50 ms)',
    run: (call) => call('insights:list', INSIGHTS_FIRST_PAGE),
    about: aboutInsights,
  },
  {
    what: 'Insights screen, first page, breakthroughs not yet discussed (for information)',
    run: (call) =>
      call('insights:list', { ...INSIGHTS_FIRST_PAGE, kind: 'breakthrough', notDiscussed: true }),
    about: aboutInsights,
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
  const session = await lockedTherapyJournal(dataDir, makeDocument);
  log(
    `therapy fixture: ${Object.entries(THERAPY_COUNTS)
      .map(([what, count]) => `${count} ${what}`)
      .join(', ')}; peak RSS after writing it: ${peakRssMB()} MB`,
  );

  // Wired as createServices wires them (electron/services/index.ts): insights tell the entries'
  // search index when deleting one changes a body. The index starts building at the unlock.
  const entries = new EntriesService(session);
  const insights = new InsightsService(session, systemClock, (doc, entry) =>
    entries.search.follow(doc, (index) => index.put(entry)),
  );
  const domains = [insightsDomain(insights), progressDomain(session)];
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
    await session.unlock({ passphrase: BENCH_PASSPHRASE });
    // The search index builds in slices after the unlock; measuring during it would time them too.
    await session.read((doc) => entries.search.build(doc));
    const figures: BenchFigures = {};
    for (const { figure, what, run, about } of MEASURES) {
      const times: number[] = [];
      let result: unknown;
      for (let i = 0; i < runs; i++) {
        times.push(
          await timed(async () => {
            result = await run(call);
          }),
        );
      }
      const ms = round(median(times));
      if (figure) figures[figure] = ms;
      log(
        `${what}: median ${ms} ms of [${times.map((t) => round(t)).join(', ')}]${about ? `; ${about(result)}` : ''}`,
      );
    }
    return figures;
  } finally {
    await session.lock('manual');
  }
}
