import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain';
import { openJournal } from '../entries/harness';
import type { Journal } from '../entries/harness';
import { EXPORT_PASSPHRASE, journalSavingTo, pathIn, saveDir, writeSample } from './helpers';

const ALL = ['private', 'summary', 'full'] as const;

/** A fresh journal whose open dialog answers with `path`. */
const freshJournalOpening = (path: string) =>
  openJournal(undefined, { chooseOpenPath: async () => path });

/** The fields every format carries, as the entries list shows them, in a stable order. */
async function entriesOf(journal: Journal, dropTag?: string) {
  const { items } = await journal.call('entries:list', {});
  // The list holds summaries: each entry is read whole, its body included.
  const whole = await Promise.all(items.map((e) => journal.call('entries:get', { id: e.id })));
  expect(whole.every((e) => e.body.length > 0)).toBe(true);
  return whole
    .map((e: Entry) => ({
      date: e.date,
      title: e.title,
      body: e.body,
      mood: e.mood,
      tags: dropTag ? e.tags.filter((t) => t !== dropTag) : e.tags,
      shareLevel: e.shareLevel,
    }))
    .sort((a, b) => `${a.date}${a.title}`.localeCompare(`${b.date}${b.title}`));
}

async function exported(
  request: Parameters<Journal['call']>[1] & object,
  name: string,
): Promise<{ file: string; before: Awaited<ReturnType<typeof entriesOf>> }> {
  const dir = await saveDir();
  const file = pathIn(dir, name);
  const journal = await journalSavingTo(() => file);
  await writeSample(journal);
  await journal.call('export:save', request as never);
  return { file, before: await entriesOf(journal) };
}

async function importInto(journal: Journal, passphrase?: string) {
  const choice = await journal.call('import:choose', { folder: false });
  const preview = await journal.call('import:preview', {
    choice: choice!.choice,
    ...(passphrase ? { passphrase } : {}),
  });
  // The chosen level would make everything private: each entry keeps its own instead.
  const result = await journal.call('import:commit', {
    token: preview.token,
    shareLevel: 'private',
  });
  return { preview, result };
}

describe('export, then import into a fresh journal: the entries come back field by field', () => {
  for (const [format, name] of [
    ['markdown', 'm.zip'],
    ['json', 'j.json'],
  ] as const) {
    it(`${format}`, async () => {
      const { file, before } = await exported({ format, shareLevels: [...ALL] }, name);
      const fresh = await freshJournalOpening(file);
      const { preview, result } = await importInto(fresh);
      expect(preview.format).toBe(format === 'json' ? 'between-sessions-json' : 'markdown');
      expect(preview.ownShareLevels).toBe(3);
      expect(result).toMatchObject({ added: 3, skipped: 0 });
      expect(await entriesOf(fresh, 'imported')).toEqual(before);

      // Importing the same file twice adds nothing the second time.
      expect((await importInto(fresh)).result).toMatchObject({ added: 0, skipped: 3 });
    });
  }

  it('encrypted: asks for the passphrase, refuses a wrong one without change, then brings all in', async () => {
    const { file, before } = await exported(
      { format: 'encrypted', passphrase: EXPORT_PASSPHRASE },
      'e.bsvault',
    );
    const fresh = await freshJournalOpening(file);
    const choice = await fresh.call('import:choose', { folder: false });
    await expect(fresh.call('import:preview', { choice: choice!.choice })).rejects.toMatchObject({
      code: 'WRONG_SECRET',
      message: expect.stringContaining('Enter the passphrase') as string,
    });
    await expect(
      fresh.call('import:preview', {
        choice: choice!.choice,
        passphrase: 'not the right one at all',
      }),
    ).rejects.toMatchObject({
      code: 'WRONG_SECRET',
      message: expect.stringContaining('does not open this export') as string,
    });
    expect((await fresh.call('entries:list', {})).total).toBe(0);
    expect(fresh.session.unsaved).toBe(false);

    const { preview, result } = await importInto(fresh, EXPORT_PASSPHRASE);
    expect(preview.format).toBe('between-sessions-encrypted');
    expect(result).toMatchObject({ added: 3, skipped: 0 });
    expect(await entriesOf(fresh, 'imported')).toEqual(before);
  });

  it('entries not written by our export take the level chosen in the preview', async () => {
    const { file } = await exported({ format: 'json', shareLevels: ['full'] }, 'j.json');
    const fresh = await freshJournalOpening(file);
    const { preview } = await importInto(fresh);
    expect(preview.entries).toBe(1);
    expect((await entriesOf(fresh))[0]).toMatchObject({ shareLevel: 'full' });
  });
});
