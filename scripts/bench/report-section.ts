import { join } from 'node:path';
import { dispatch } from '../../electron/ipc';
import type { Handler } from '../../electron/ipc';
import { reportDomain } from '../../electron/services/report/domain';
import { REPORT_SECTIONS } from '../../shared/domain/settings';
import type { ReportModel } from '../../shared/report/report-types';
import { median, round, timed } from './measure';
import { BENCH_PASSPHRASE, lockedTherapyJournal } from './therapy-journal';
import type { BenchContext, BenchFigures } from './vault-section';

/** A year the synthetic journal fills (its entries run from 2020 to 2027), every section chosen. */
const ONE_YEAR = { from: '2024-01-01', to: '2024-12-31', sections: [...REPORT_SECTIONS] };

/**
 * `reportModelMs`: a one-year progress report with every section, through the real `report:model`
 * handler (schema, share rule, model) over the therapy section's fixture: the synthetic 10,000
 * entries plus 3,000 insights, 50 goals, 150 sessions and 100 check-ins. Target < 100 ms.
 */
export async function reportSection({
  dir,
  makeDocument,
  runs,
  log,
}: BenchContext): Promise<BenchFigures> {
  const session = await lockedTherapyJournal(join(dir, 'report'), makeDocument);
  const handler = reportDomain(session).handlers['report:model'] as Handler<'report:model'>;
  try {
    // Measured on the document as an unlock reads it from disk, not on the one built in memory.
    await session.unlock({ passphrase: BENCH_PASSPHRASE });
    const times: number[] = [];
    let report: ReportModel | undefined;
    for (let i = 0; i < runs; i++) {
      times.push(
        await timed(async () => {
          const result = await dispatch('report:model', handler, ONE_YEAR);
          if (!result.ok) throw new Error(`report:model failed: ${result.error.code}`);
          report = result.value;
        }),
      );
    }
    const ms = round(median(times));
    const shows = report!.shows;
    log(
      `Progress report model, one year, every section (target < 100 ms): median ${ms} ms of [${times.map((t) => round(t)).join(', ')}]; ` +
        `${shows.full} entries in full, ${shows.summary} as summaries, ${shows.privateLeftOut} private, ` +
        `${report!.mood!.weeks.length} weeks of mood, ${report!.insights!.total} insights`,
    );
    return { reportModelMs: ms };
  } finally {
    await session.lock('manual');
  }
}
