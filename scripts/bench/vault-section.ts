import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { STANDARD_SCRYPT, createVault, openVault } from '../../electron/vault';
import { deriveFromPassphrase } from '../../electron/vault/kdf';
import type { JournalDocument } from '../../shared/domain';
import { median, peakRssMB, round, timed } from './measure';
import { rawSave, rawUnlock } from './raw-baseline';

export interface BenchContext {
  /** A throw-away folder, removed by the caller. */
  dir: string;
  /** A fresh synthetic journal (10,000 entries of about 2 KB). */
  makeDocument: () => JournalDocument;
  runs: number;
  log: (line: string) => void;
}

/** The figures one section adds to the final JSON line. */
export type BenchFigures = Record<string, number>;

/** KDF, unlock and save of the vault, each against a raw encrypt-and-write baseline. */
export async function vaultSection({
  dir,
  makeDocument,
  runs,
  log,
}: BenchContext): Promise<BenchFigures> {
  const passphrase = 'correct horse battery staple';
  const file = join(dir, 'journal.vault');

  const kdf: number[] = [];
  for (let i = 0; i < runs; i++) {
    kdf.push(await timed(() => deriveFromPassphrase(passphrase, randomBytes(32), STANDARD_SCRYPT)));
  }
  const kdfMs = median(kdf);
  log(
    `kdf (scrypt N=2^17 r=8 p=1): median ${round(kdfMs)} ms of [${kdf.map((t) => round(t)).join(', ')}]`,
  );

  const { vault, recoveryKey } = await createVault(file, passphrase);
  const fill = await timed(() => vault.update((data) => Object.assign(data, makeDocument())));
  await vault.close();
  log(`first save of the synthetic journal: ${round(fill)} ms`);

  // The first unlock of the day also writes the day's backups; time it apart from the median.
  let opened = await openVault(file, { recoveryKey });
  const rawFile = join(dir, 'raw.bin');
  const rawKey = randomBytes(32);
  await rawSave(rawFile, rawKey, opened.data);
  await opened.close();
  log(`peak RSS after creating: ${peakRssMB()} MB`);

  // Each run times ours and raw back to back, alternating which goes first, so load that drifts
  // during the benchmark (other processes on a shared machine) hits both sides alike.
  // The recovery key unwraps through HKDF (microseconds), so this is unlock without the KDF.
  const unlock: number[] = [];
  const unlockRaw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ours = async () => {
      const ms = await timed(async () => (opened = await openVault(file, { recoveryKey })));
      await opened.close();
      return ms;
    };
    const raw = () => timed(() => rawUnlock(rawFile, rawKey));
    const [a, b] =
      i % 2 === 0 ? [await ours(), await raw()] : [await raw(), await ours()].reverse();
    unlock.push(a!);
    unlockRaw.push(b!);
  }

  log(`peak RSS after unlocks: ${peakRssMB()} MB`);
  const open = await openVault(file, { recoveryKey });
  const save: number[] = [];
  const saveRaw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ours = () =>
      timed(() => open.update((data) => void (data.entries[i]!.body += ' edited')));
    const raw = () => timed(() => rawSave(rawFile, rawKey, open.data));
    const [a, b] =
      i % 2 === 0 ? [await ours(), await raw()] : [await raw(), await ours()].reverse();
    save.push(a!);
    saveRaw.push(b!);
  }
  await open.close();

  // Ratios are the median of the per-run ratios: robust to load that changes between runs.
  const ratio = (ours: number[], raw: number[]) =>
    round(median(ours.map((ms, i) => ms / raw[i]!)), 2);
  const figures = {
    kdfMs: round(kdfMs),
    unlockMs: round(median(unlock)),
    unlockRaw: round(median(unlockRaw)),
    unlockRatio: ratio(unlock, unlockRaw),
    saveMs: round(median(save)),
    saveRaw: round(median(saveRaw)),
    saveRatio: ratio(save, saveRaw),
  };
  log(
    `unlock: ours [${unlock.map((t) => round(t)).join(', ')}] raw [${unlockRaw.map((t) => round(t)).join(', ')}]`,
  );
  log(
    `save:   ours [${save.map((t) => round(t)).join(', ')}] raw [${saveRaw.map((t) => round(t)).join(', ')}]`,
  );
  return figures;
}
