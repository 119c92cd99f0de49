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

  // The recovery key unwraps through HKDF (microseconds), so this is unlock without the KDF.
  const unlock: number[] = [];
  const unlockRaw: number[] = [];
  for (let i = 0; i < runs; i++) {
    unlock.push(await timed(async () => (opened = await openVault(file, { recoveryKey }))));
    await opened.close();
    unlockRaw.push(await timed(() => rawUnlock(rawFile, rawKey)));
  }

  log(`peak RSS after unlocks: ${peakRssMB()} MB`);
  const open = await openVault(file, { recoveryKey });
  const save: number[] = [];
  const saveRaw: number[] = [];
  for (let i = 0; i < runs; i++) {
    save.push(await timed(() => open.update((data) => void (data.entries[i]!.body += ' edited'))));
    saveRaw.push(await timed(() => rawSave(rawFile, rawKey, open.data)));
  }
  await open.close();

  const figures = {
    kdfMs: round(kdfMs),
    unlockMs: round(median(unlock)),
    unlockRaw: round(median(unlockRaw)),
    unlockRatio: round(median(unlock) / median(unlockRaw), 2),
    saveMs: round(median(save)),
    saveRaw: round(median(saveRaw)),
    saveRatio: round(median(save) / median(saveRaw), 2),
  };
  log(
    `unlock: ours [${unlock.map((t) => round(t)).join(', ')}] raw [${unlockRaw.map((t) => round(t)).join(', ')}]`,
  );
  log(
    `save:   ours [${save.map((t) => round(t)).join(', ')}] raw [${saveRaw.map((t) => round(t)).join(', ')}]`,
  );
  return figures;
}
