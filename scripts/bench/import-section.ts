import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch } from '../../electron/ipc';
import type { Handler, Handlers } from '../../electron/ipc';
import { importDomain } from '../../electron/services/import/domain';
import { ImportService } from '../../electron/services/import/import-service';
import { systemClock } from '../../electron/services/entries/clock';
import { JournalSession } from '../../electron/services/vault/journal-session';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract';
import { testPlatform } from '../../tests/support/platform';
import { median, round, timed } from './measure';
import type { BenchContext, BenchFigures } from './vault-section';

const ENTRIES = 10_000;
const RUNS = 3;
const WORDS =
  'slept badly again but walked by the river and felt the tightness ease a little'.split(' ');

/** A Day One JSON export of `count` entries of a few paragraphs, tags and a photo each. */
function dayOneExport(count: number): string {
  const zones = ['Europe/Paris', 'Asia/Bangkok', 'America/New_York'];
  const entries = Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(2015, 0, 1) + i * 7 * 3_600_000);
    const words = Array.from({ length: 300 }, (_, w) => WORDS[(i + w) % WORDS.length]).join(' ');
    return {
      uuid: `UUID${String(i).padStart(28, '0')}`,
      creationDate: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      modifiedDate: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      timeZone: zones[i % zones.length],
      text: `# Day ${i}\n\n${words}\n\n![](dayone-moment://PHOTO${i})\n\n${words}`,
      tags: [`tag${i % 20}`, 'therapy'],
      starred: i % 50 === 0,
    };
  });
  return JSON.stringify({ metadata: { version: '1.0' }, entries }, null, 2);
}

/**
 * `importMs`: a 10,000-entry Day One export previewed and committed into a new journal through
 * the real handlers: read, detect, parse, duplicates, one backup and one save. Target < 5 s.
 */
export async function importSection({ dir, log }: BenchContext): Promise<BenchFigures> {
  const file = join(dir, 'Journal.json');
  const text = dayOneExport(ENTRIES);
  await writeFile(file, text);
  log(`import: a Day One export of ${ENTRIES} entries, ${(text.length / 1e6).toFixed(1)} MB`);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const dataDir = join(dir, `import-${run}`);
    const platform = testPlatform(dataDir, { chooseOpenPath: async () => file });
    const session = new JournalSession(platform);
    await session.create('bench lighthouse quietly 7 orchards');
    const handlers: Partial<Handlers> = importDomain(
      new ImportService(session, platform, systemClock, () => undefined),
    ).handlers;
    const call = async <K extends ChannelName>(
      name: K,
      input: InputOf<K>,
    ): Promise<OutputOf<K>> => {
      const result = await dispatch(name, handlers[name] as Handler<K>, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const { choice } = (await call('import:choose', { folder: false }))!;
    let added = 0;
    times.push(
      await timed(async () => {
        const { token } = await call('import:preview', { choice });
        added = (await call('import:commit', { token })).added;
      }),
    );
    if (added !== ENTRIES) throw new Error(`import added ${added} entries, not ${ENTRIES}`);
    await session.lock('manual');
  }
  return { importMs: round(median(times)) };
}
