/**
 * `npm run bench`: performance of the vault on a synthetic journal of 10,000 entries of about
 * 2 KB (about 20 MB of plaintext), against a raw baseline on the same data. A script, not a
 * test: it prints medians and ends with one JSON line of figures.
 *
 * Later issues add sections (e.g. search, timeline) to SECTIONS; their figures join the same line.
 * The therapy section adds its own records (insights, goals, sessions, check-ins) to the same
 * entries, so the vault's and the entries' figures stay comparable across issues.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entriesSection } from './bench/entries-section';
import { importSection } from './bench/import-section';
import { collectGarbage, peakRssMB } from './bench/measure';
import { pdfSection } from './bench/pdf-section';
import { prepSection } from './bench/prep-section';
import { syntheticDocument } from './bench/synthetic';
import { reportSection } from './bench/report-section';
import { therapySection } from './bench/therapy-section';
import { vaultSection } from './bench/vault-section';
import type { BenchContext, BenchFigures } from './bench/vault-section';

export type { BenchContext, BenchFigures };
export type BenchSection = (context: BenchContext) => Promise<BenchFigures>;

export const SECTIONS: BenchSection[] = [
  vaultSection,
  entriesSection,
  therapySection,
  reportSection,
  prepSection,
  importSection,
  pdfSection,
];

export const ENTRIES = 10_000;
export const ENTRY_BYTES = 2_048;

/**
 * Its size, from a copy made and dropped here: a copy held by the runner for the whole run
 * (45 MB of objects and the 20 MB JSON) counted in every section's peak memory.
 */
function describeSynthetic(): string {
  const probe = syntheticDocument(ENTRIES, ENTRY_BYTES);
  const bytes = Buffer.byteLength(JSON.stringify(probe));
  return `${probe.entries.length} entries, ${(bytes / 1e6).toFixed(1)} MB of JSON`;
}

export async function runBench(
  sections: BenchSection[] = SECTIONS,
  runs = 7,
): Promise<BenchFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'between-sessions-bench-'));
  const log = (line: string) => console.log(line);
  try {
    log(`synthetic journal: ${describeSynthetic()}; ${runs} runs each`);
    const figures: BenchFigures = {};
    // Sections build the document when they need it and drop it after, so the peak memory
    // measured is the vault's, not the benchmark's own copies.
    const makeDocument = () => syntheticDocument(ENTRIES, ENTRY_BYTES);
    for (const section of sections) {
      // What one section left behind is not the next one's memory.
      collectGarbage();
      Object.assign(figures, await section({ dir, makeDocument, runs, log }));
      log(`peak RSS after ${section.name}: ${peakRssMB()} MB`);
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
