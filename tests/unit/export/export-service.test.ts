import { readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CallError } from '../entries/harness';
import {
  EXPORT_PASSPHRASE,
  journalSavingTo,
  pathIn,
  saveDir,
  unzipText,
  writeSample,
} from './helpers';

describe('export through the real handlers', () => {
  it('the encrypted export holds none of the journal’s words and opens only with its own passphrase', async () => {
    const dir = await saveDir();
    const target = pathIn(dir, 'moving.bsvault');
    const journal = await journalSavingTo(() => target);
    await writeSample(journal);
    const saved = await journal.call('export:save', {
      format: 'encrypted',
      passphrase: EXPORT_PASSPHRASE,
    });
    expect(saved).toEqual({ name: 'moving.bsvault', entries: 3 });
    const bytes = await readFile(target);
    for (const word of ['Marguerite', 'heron', 'zebrafinch', 'Kitchen', 'family', 'walks']) {
      expect(bytes.includes(Buffer.from(word))).toBe(false);
    }
    // Its own salt and key: the journal's file and the export share no slot.
    const journalBytes = await readFile(journal.session.file);
    const salt = /"salt":"([^"]+)"/.exec(bytes.toString('latin1'))![1]!;
    expect(journalBytes.toString('latin1')).not.toContain(salt);
    expect(await readdir(dir)).toEqual(['moving.bsvault']);
  });

  it('refuses a weak export passphrase before any dialog opens', async () => {
    let asked = 0;
    const journal = await journalSavingTo(() => {
      asked++;
      return undefined;
    });
    const refused = journal.call('export:save', { format: 'encrypted', passphrase: 'password1' });
    await expect(refused).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(asked).toBe(0);
  });

  it('writes nothing when the person cancels the dialog', async () => {
    const journal = await journalSavingTo(() => undefined);
    await writeSample(journal);
    expect(await journal.call('export:save', { format: 'json', shareLevels: ['full'] })).toBeNull();
  });

  it('Markdown: one file per entry, front matter, private left out unless asked, the trash never', async () => {
    const dir = await saveDir();
    let name = 'a.zip';
    const journal = await journalSavingTo(() => pathIn(dir, name));
    const sample = await writeSample(journal);
    await journal.call('insights:create', {
      entryId: sample.summary.id,
      kind: 'small-win',
      intensity: 4,
      note: 'Walked instead of scrolling.',
      goalIds: [],
      bringToSession: true,
    });
    const trashed = await journal.call('entries:create', {
      date: '2024-03-06',
      title: 'Thrown away',
      body: 'gone',
      shareLevel: 'full',
    });
    await journal.call('entries:delete', { id: trashed.id });

    const saved = await journal.call('export:save', {
      format: 'markdown',
      shareLevels: ['summary', 'full'],
    });
    expect(saved).toEqual({ name: 'a.zip', entries: 2 });
    const files = await unzipText(pathIn(dir, 'a.zip'));
    expect([...files.keys()].sort()).toEqual([
      '2024-03-05 walk-by-the-river-slow.md',
      '2024-03-05.md',
    ]);
    const walk = files.get('2024-03-05 walk-by-the-river-slow.md')!;
    expect(walk).toBe(
      [
        '---',
        'date: 2024-03-05',
        'title: \'Walk by the river: "slow"\'',
        'mood: 7',
        'tags:',
        '  - walks',
        'shareLevel: summary',
        '---',
        'Noticed the heron again. Breathing felt easier.',
        '',
        '<!-- between-sessions:insights -->',
        '',
        '## Insights',
        '',
        '- **Small win**: Walked instead of scrolling.',
        '',
      ].join('\n'),
    );
    expect([...files.values()].join()).not.toContain('Marguerite');

    name = 'b.zip';
    await journal.call('export:save', { format: 'markdown', shareLevels: ['private'] });
    const privateOnly = await unzipText(pathIn(dir, 'b.zip'));
    expect([...privateOnly.keys()]).toEqual(['2024-03-02 kitchen-argument.md']);
  });

  it('JSON: the journal document with the chosen levels, without the trash', async () => {
    const dir = await saveDir();
    const journal = await journalSavingTo(() => pathIn(dir, 'j.json'));
    await writeSample(journal);
    await journal.call('export:save', { format: 'json', shareLevels: ['summary', 'full'] });
    const doc = JSON.parse(await readFile(pathIn(dir, 'j.json'), 'utf8')) as {
      schemaVersion: number;
      entries: { title: string; shareLevel: string }[];
      settings: object;
    };
    expect(doc.schemaVersion).toBeGreaterThan(0);
    expect(doc.entries.map((e) => e.shareLevel).sort()).toEqual(['full', 'summary']);
    expect(doc.settings).toBeTypeOf('object');
  });

  it('a folder that cannot be written gives a clear message and leaves nothing behind', async () => {
    const dir = await saveDir();
    // A "folder" that is a file: refused even for root, which writes through permissions.
    await writeFile(pathIn(dir, 'notes.txt'), 'mine');
    const journal = await journalSavingTo(() => pathIn(dir, 'notes.txt/x.json'));
    await writeSample(journal);
    const refused = journal.call('export:save', { format: 'json', shareLevels: ['full'] });
    await expect(refused).rejects.toBeInstanceOf(CallError);
    await expect(refused).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringContaining('cannot be written') as string,
    });
    expect(await readdir(dir)).toEqual(['notes.txt']);
    expect(await readFile(pathIn(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
