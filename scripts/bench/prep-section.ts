import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { dispatch } from '../../electron/ipc';
import type { Handler } from '../../electron/ipc';
import { prepDomain } from '../../electron/services/prep/domain';
import type { PrepView } from '../../shared/report/prep-channels';
import { median, round, timed } from './measure';
import { BENCH_PASSPHRASE, lockedTherapyJournal } from './therapy-journal';
import type { BenchContext, BenchFigures } from './vault-section';

/**
 * A day inside the synthetic journal (its entries run from 2020 to 2027, a session every three
 * weeks), so the draft covers a typical stretch since the last session, not years.
 */
const TODAY = new Date('2024-06-15T12:00:00');

function aboutDraft({ draft }: PrepView): string {
  const { shows, period } = draft;
  const bring = draft.bring.reduce((n, g) => n + g.items.length + g.more, 0);
  return (
    `period ${period.from} to ${period.to}: ${shows.full} full, ${shows.summary} summary, ` +
    `${shows.privateLeftOut} private entries; ${bring} insights to bring`
  );
}

/**
 * `prepDraftMs`: the Prepare screen's draft, through its real channel (the share rule over the
 * whole journal, then the draft), over the therapy section's fixture (target < 50 ms, median).
 */
export async function prepSection({
  dir,
  makeDocument,
  runs,
  log,
}: BenchContext): Promise<BenchFigures> {
  const session = await lockedTherapyJournal(join(dir, 'prep'), makeDocument);
  const handler = prepDomain(session, { now: () => new Date(TODAY), newId: randomUUID }).handlers[
    'prep:draft'
  ] as Handler<'prep:draft'>;
  try {
    // Measured on the document as an unlock reads it from disk, not on the one built in memory.
    await session.unlock({ passphrase: BENCH_PASSPHRASE });
    const times: number[] = [];
    let view: PrepView | undefined;
    for (let i = 0; i < runs; i++) {
      times.push(
        await timed(async () => {
          const result = await dispatch('prep:draft', handler, {});
          if (!result.ok) throw new Error(`prep:draft failed: ${result.error.code}`);
          view = result.value;
        }),
      );
    }
    const ms = round(median(times));
    log(
      `Prep draft since the last session (target < 50 ms): median ${ms} ms of [${times.map((t) => round(t)).join(', ')}]; ${aboutDraft(view!)}`,
    );
    return { prepDraftMs: ms };
  } finally {
    await session.lock('manual');
  }
}
