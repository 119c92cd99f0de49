import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallError, openJournal } from '../entries/harness';
import { tempDir } from '../../support/temp-dirs';
import { makeZip } from '../../support/zip';
import { dayOneJson, miniDiaryJson } from './fixtures';

/** A journal whose open dialog answers with `path`. */
async function journalChoosing(path: () => string) {
  return openJournal(undefined, { chooseOpenPath: async () => path() });
}

const exportFile = async (name: string, content: string | Buffer) => {
  const dir = await tempDir('bs-import-src-');
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
};

const dayOne = dayOneJson([
  {
    uuid: 'U1',
    creationDate: '2024-03-09T16:30:00Z',
    timeZone: 'Asia/Bangkok',
    text: '# Walk\n\nRiver.',
    tags: ['Walks'],
  },
  {
    uuid: 'U2',
    creationDate: '2024-03-11T08:00:00Z',
    timeZone: 'Europe/Paris',
    text: 'Plain <mark data-insight="x">words</mark>.',
  },
]);

describe('import through the real handlers', () => {
  it('previews without changing anything, then adds every entry private with the imported tag', async () => {
    const file = await exportFile('Journal.json', dayOne);
    const journal = await journalChoosing(() => file);
    const choice = await journal.call('import:choose', { folder: false });
    expect(choice).toEqual({ choice: expect.any(String) as string, name: 'Journal.json' });
    const preview = await journal.call('import:preview', { choice: choice!.choice });
    expect(preview).toMatchObject({
      source: 'Journal.json',
      format: 'day-one',
      entries: 2,
      duplicates: 0,
      from: '2024-03-09',
      to: '2024-03-11',
      tags: [{ tag: 'Walks', count: 1 }],
      dropped: [],
    });
    expect((await journal.call('entries:list', {})).total).toBe(0);
    expect(journal.session.unsaved).toBe(false);

    const result = await journal.call('import:commit', { token: preview.token });
    expect(result).toEqual({ added: 2, skipped: 0, tag: 'imported' });
    const { items } = await journal.call('entries:list', {});
    expect(items.map((e) => [e.date, e.title, e.shareLevel, e.tags])).toEqual([
      ['2024-03-11', '', 'private', ['imported']],
      ['2024-03-09', 'Walk', 'private', ['Walks', 'imported']],
    ]);
    const plain = await journal.call('entries:get', { id: items[0]!.id });
    expect(plain.body).toBe('Plain words.'); // a forged insight mark is stripped, its words kept
    // Found by search, and still there after lock and unlock (it was saved).
    expect((await journal.call('entries:list', { text: 'river' })).total).toBe(1);
    await journal.lockAndUnlock();
    expect((await journal.call('entries:list', {})).total).toBe(2);
  });

  it('makes a pre-import backup of the journal as it was, right before the one save', async () => {
    const file = await exportFile('Journal.json', dayOne);
    const journal = await journalChoosing(() => file);
    const before = await readFile(journal.session.file);
    const { choice } = (await journal.call('import:choose', { folder: false }))!;
    const { token } = await journal.call('import:preview', { choice });
    await journal.call('import:commit', { token, shareLevel: 'summary', tag: 'from Day One' });
    const names = await readdir(join(journal.dir, 'backups'));
    const kept = names.find((n) => n.includes('.pre-import'));
    expect(kept).toBeDefined();
    expect(await readFile(join(journal.dir, 'backups', kept!))).toEqual(before);
    const { items } = await journal.call('entries:list', {});
    expect(items.every((e) => e.shareLevel === 'summary' && e.tags.includes('from Day One'))).toBe(
      true,
    );
  });

  it('importing the same file twice adds nothing the second time, trash included', async () => {
    const file = await exportFile('Journal.json', dayOne);
    const journal = await journalChoosing(() => file);
    const run = async () => {
      const { choice } = (await journal.call('import:choose', { folder: false }))!;
      const preview = await journal.call('import:preview', { choice });
      return { preview, result: await journal.call('import:commit', { token: preview.token }) };
    };
    await run();
    const [first] = (await journal.call('entries:list', {})).items;
    await journal.call('entries:delete', { id: first!.id });
    const again = await run();
    expect(again.preview.duplicates).toBe(2);
    expect(again.result).toMatchObject({ added: 0, skipped: 2 });
    expect((await journal.call('entries:list', {})).total).toBe(1);
    expect((await journal.call('entries:trash')).length).toBe(1);
  });

  it('a file that cannot be read changes nothing and says why', async () => {
    const whole = miniDiaryJson({ '2024-01-01': { title: 'a', text: 'b' } });
    const file = await exportFile('diary.json', whole.slice(0, 40));
    const journal = await journalChoosing(() => file);
    const { choice } = (await journal.call('import:choose', { folder: false }))!;
    const error = await journal.call('import:preview', { choice }).catch((e: CallError) => e);
    expect(error).toBeInstanceOf(CallError);
    expect(error).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/not valid JSON/) as string,
    });
    expect((await journal.call('entries:list', {})).total).toBe(0);
    expect(journal.session.unsaved).toBe(false);
  });

  it('a zip bomb is refused with its limit stated, nothing changed', async () => {
    const bomb = makeZip([
      { name: 'Journal.json', data: Buffer.alloc(5 * 1024 * 1024), declaredSize: 100 },
    ]);
    const file = await exportFile('export.zip', bomb);
    const journal = await journalChoosing(() => file);
    const { choice } = (await journal.call('import:choose', { folder: false }))!;
    await expect(journal.call('import:preview', { choice })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    expect((await journal.call('entries:list', {})).total).toBe(0);
  });

  it('a failed save leaves the journal exactly as before, in memory and on disk', async () => {
    const file = await exportFile('Journal.json', dayOne);
    const journal = await journalChoosing(() => file);
    await journal.call('entries:create', { date: '2024-01-01', title: 'Mine', body: 'Kept.' });
    const { choice } = (await journal.call('import:choose', { folder: false }))!;
    const { token } = await journal.call('import:preview', { choice });
    const onDisk = await readFile(journal.session.file);
    // Another program replaced the file: the save is refused rather than overwrite it.
    await writeFile(journal.session.file, Buffer.concat([onDisk, Buffer.from('x')]));
    await expect(journal.call('import:commit', { token })).rejects.toBeInstanceOf(CallError);
    expect((await journal.call('entries:list', {})).items.map((e) => e.title)).toEqual(['Mine']);
    expect(journal.session.unsaved).toBe(false);
  });

  it('a cancelled dialog chooses nothing; a forgotten token is refused', async () => {
    const journal = await openJournal();
    expect(await journal.call('import:choose', { folder: true })).toBeNull();
    await expect(journal.call('import:commit', { token: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('locking forgets the previewed file', async () => {
    const file = await exportFile('Journal.json', dayOne);
    const journal = await journalChoosing(() => file);
    const { choice } = (await journal.call('import:choose', { folder: false }))!;
    const { token } = await journal.call('import:preview', { choice });
    await journal.lockAndUnlock();
    await expect(journal.call('import:commit', { token })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('reads a folder of Markdown files', async () => {
    const dir = await tempDir('bs-import-md-');
    await writeFile(join(dir, '2024-02-03.md'), '---\ntags: [sleep]\nmood: 4\n---\nWoke early.');
    await writeFile(join(dir, 'picture.png'), Buffer.alloc(4));
    const journal = await journalChoosing(() => dir);
    const { choice } = (await journal.call('import:choose', { folder: true }))!;
    const preview = await journal.call('import:preview', { choice });
    expect(preview).toMatchObject({
      format: 'markdown',
      entries: 1,
      tags: [{ tag: 'sleep', count: 1 }],
    });
    expect(preview.dropped).toEqual([
      { reason: expect.stringContaining('pictures') as string, count: 1 },
    ]);
    await journal.call('import:commit', { token: preview.token });
    const [entry] = (await journal.call('entries:list', {})).items;
    expect(entry).toMatchObject({ date: '2024-02-03', mood: 4, tags: ['sleep', 'imported'] });
  });
});
