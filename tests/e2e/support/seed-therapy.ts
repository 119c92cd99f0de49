import { createVault } from '../../../electron/vault';
import type { JournalDocument } from '../../../shared/domain';
import { bandOf, scoreOf } from '../../../shared/therapy/instruments';
import { CHEAP_KDF } from '../../support/kdf';
import { vaultPath } from './seed-vault';
import { PASSPHRASE } from './vault-steps';

/**
 * A journal written with the real vault API before the app starts, holding records whose screens
 * are built on other branches (sessions, insights, goals, check-ins). Once those screens are
 * merged, specs enter these records through them instead.
 */
export async function seedJournalWith(
  dir: string,
  fill: (doc: JournalDocument) => void,
): Promise<void> {
  const { vault } = await createVault(vaultPath(dir), PASSPHRASE, { kdf: CHEAP_KDF });
  await vault.update(fill);
  await vault.close();
}

/** A valid check-in of `instrument` scoring `score` (answers filled with 3s first). */
export function checkInOf(
  id: string,
  date: string,
  instrument: 'PHQ-9' | 'GAD-7',
  score: number,
): JournalDocument['checkIns'][number] {
  const count = instrument === 'PHQ-9' ? 9 : 7;
  const answers = Array.from({ length: count }, (_, i) => Math.max(0, Math.min(3, score - i * 3)));
  const sum = scoreOf(instrument, answers);
  return { id, date, instrument, answers, score: sum, band: bandOf(instrument, sum) };
}
