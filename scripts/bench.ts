/**
 * `npm run bench`: performance of the vault on a synthetic journal of 10,000 entries of about
 * 2 KB (about 20 MB of plaintext), against a raw baseline on the same data. A script, not a
 * test: it prints medians and ends with one JSON line of figures.
 *
 * Later issues add sections (e.g. search, timeline) to SECTIONS; their figures join the same line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entriesSection } from './bench/entries-section';
import { peakRssMB } from './bench/measure';
import { syntheticDocument } from './bench/synthetic';
import { vaultSection } from './bench/vault-section';
import type { BenchContext, BenchFigures } from './bench/vault-section';

export type { BenchContext, BenchFigures };
export type BenchSection = (context: BenchContext) => Promise<BenchFigures>;

export const SECTIONS: BenchSection[] = [vaultSection, entriesSection];

export const ENTRIES = 10_000;
export const ENTRY_BYTES = 2_048;

export async function runBench(
  sections: BenchSection[] = SECTIONS,
  runs = 7,
): Promise<BenchFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'between-sessions-bench-'));
  const log = (line: string) => console.log(line);
  try {
    const probe = syntheticDocument(ENTRIES, ENTRY_BYTES);
    const bytes = Buffer.byteLength(JSON.stringify(probe));
    log(
      `synthetic journal: ${probe.entries.length} entries, ${(bytes / 1e6).toFixed(1)} MB of JSON; ${runs} runs each`,
    );
    const figures: BenchFigures = {};
    // Sections build the document when they need it and drop it after, so the peak memory
    // measured is the vault's, not the benchmark's own copies.
    const makeDocument = () => syntheticDocument(ENTRIES, ENTRY_BYTES);
    for (const section of sections) {
      Object.assign(figures, await section({ dir, makeDocument, runs, log }));
      // The vault's own peak (issue 3's target) is read before later sections add the search
      // index's memory; `peakRssMB` is the whole run's.
      if (section === vaultSection) figures.vaultPeakRssMB = peakRssMB();
    }
    figures.peakRssMB = peakRssMB();
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await runBench();
  console.log(JSON.stringify(figures));
}
