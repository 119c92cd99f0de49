import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc';
import type { Handler } from '../../../electron/ipc';
import type { Platform } from '../../../electron/platform';
import { printDomain } from '../../../electron/services/print/domain';
import { nodeFs } from '../../../electron/vault/fs-layer';
import type { VaultFs } from '../../../electron/vault/fs-layer';
import type { InputOf } from '../../../shared/contract';
import { localDayOf } from '../../../shared/therapy/days';
import { testPlatform } from '../../support/platform';
import { openJournal } from '../entries/harness';
import { SAVE_STEPS, faultyFs, tempDir } from '../vault/helpers';

const PDF = Buffer.from('%PDF-1.7\nthe rendered page\n%%EOF\n');
const INPUT: InputOf<'print:savePdf'> = {
  pageSize: 'A4',
  footerPeriod: '1 March – 31 May 2024',
  document: 'report',
};

/** A journal whose save dialog answers `answer`, recording what the platform was asked. */
async function setUp(answer: (folder: string) => string | null, fs: VaultFs = nodeFs) {
  const folder = await tempDir('bs-pdf-target-');
  const asked: string[] = [];
  const rendered: Array<{ pageSize: string; footerPeriod: string }> = [];
  const printed: Array<{ pageSize: string }> = [];
  const platform: Partial<Platform> = {
    chooseSavePath: async ({ defaultName }) => (asked.push(defaultName), answer(folder)),
    pagePdf: async (options) => (rendered.push(options), PDF),
    printPage: async (options) => void printed.push(options),
  };
  const journal = await openJournal(undefined, platform);
  const { handlers } = printDomain(
    journal.session,
    testPlatform(journal.dir, platform),
    journal.clock,
    fs,
  );
  const save = async (input: InputOf<'print:savePdf'> = INPUT) => {
    const result = await dispatch(
      'print:savePdf',
      handlers['print:savePdf'] as Handler<'print:savePdf'>,
      input,
    );
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value;
  };
  return { folder, asked, rendered, printed, journal, save };
}

describe('saving the page as a PDF', () => {
  it('proposes a dated name, writes the rendered bytes where the person chose, and says its name', async () => {
    const { folder, asked, rendered, journal, save } = await setUp((dir) =>
      join(dir, 'For my therapist.pdf'),
    );
    const day = localDayOf(journal.clock.now());
    expect(await save()).toEqual({ saved: true, fileName: 'For my therapist.pdf' });
    expect(asked).toEqual([`Between Sessions report ${day}.pdf`]);
    expect(rendered).toEqual([{ pageSize: 'A4', footerPeriod: '1 March – 31 May 2024' }]);
    expect(await readdir(folder)).toEqual(['For my therapist.pdf']);
    expect((await readFile(join(folder, 'For my therapist.pdf'))).equals(PDF)).toBe(true);
  });

  it('proposes the prep note and the safety plan under their own names', async () => {
    const { asked, journal, save } = await setUp(() => null);
    const day = localDayOf(journal.clock.now());
    await save({ ...INPUT, document: 'prep' });
    await save({ ...INPUT, document: 'safety-plan' });
    expect(asked).toEqual([
      `Between Sessions session prep ${day}.pdf`,
      `Between Sessions safety plan ${day}.pdf`,
    ]);
  });

  it('writes nothing, and renders nothing, when the save dialog is cancelled', async () => {
    const { folder, rendered, save } = await setUp(() => null);
    expect(await save()).toEqual({ saved: false });
    expect(rendered).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes only inside the chosen folder: its temp file too, never a temp folder', async () => {
    const opened: string[] = [];
    const watching: VaultFs = {
      ...nodeFs,
      open: (path, flags, mode) => (opened.push(path), nodeFs.open(path, flags, mode)),
    };
    const { folder, save } = await setUp((dir) => join(dir, 'plan.pdf'), watching);
    await save();
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.every((path) => dirname(path) === folder)).toBe(true);
  });

  it('replaces a file the person chose to overwrite, whole', async () => {
    const { folder, save } = await setUp((dir) => join(dir, 'old.pdf'));
    await save();
    await save();
    expect(await readdir(folder)).toEqual(['old.pdf']);
    expect((await readFile(join(folder, 'old.pdf'))).equals(PDF)).toBe(true);
  });

  for (const step of SAVE_STEPS.filter((s) => s !== 'fsyncDir')) {
    it(`a write refused at ${step} says what to do, and leaves no file and no temp file`, async () => {
      const fs = faultyFs();
      fs.arm(step, 'EACCES');
      const { folder, save } = await setUp((dir) => join(dir, 'private words.pdf'), fs);
      const error = await save().catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'IO',
        message: 'Could not save the PDF there: the folder is read-only. Choose another folder.',
      });
      expect((error as Error).message).not.toContain('private words');
      expect(await readdir(folder)).toEqual([]);
    });
  }

  it('names a full disk and a vanished folder, and falls back to plain words otherwise', async () => {
    const cases = [
      ['ENOSPC', 'Could not save the PDF there: the disk is full. Choose another folder.'],
      ['EROFS', 'Could not save the PDF there: the disk is read-only. Choose another folder.'],
      ['EIO', 'Could not save the PDF there. Choose another folder.'],
    ] as const;
    for (const [code, message] of cases) {
      const fs = faultyFs();
      fs.arm('write', code);
      const { folder, save } = await setUp((dir) => join(dir, 'report.pdf'), fs);
      await expect(save()).rejects.toMatchObject({ code: 'IO', message });
      expect(await readdir(folder)).toEqual([]);
    }
    const { save } = await setUp((dir) => join(dir, 'gone', 'report.pdf'));
    await expect(save()).rejects.toMatchObject({
      message: 'Could not save the PDF there: the folder no longer exists. Choose another folder.',
    });
  });

  it('counts a complete, renamed file as saved when only flushing its folder failed', async () => {
    const fs = faultyFs();
    fs.arm('fsyncDir', 'EIO');
    const { folder, save } = await setUp((dir) => join(dir, 'report.pdf'), fs);
    expect(await save()).toEqual({ saved: true, fileName: 'report.pdf' });
    expect((await readFile(join(folder, 'report.pdf'))).equals(PDF)).toBe(true);
  });

  it('is refused while the journal is locked, before any dialog', async () => {
    const { folder, asked, journal, save } = await setUp((dir) => join(dir, 'report.pdf'));
    await journal.session.lock('manual');
    await expect(save()).rejects.toMatchObject({ code: 'LOCKED' });
    expect(asked).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes nothing when the journal locked while the save dialog was open', async () => {
    const { folder, rendered, journal, save } = await setUp((dir) => {
      void journal.session.lock('manual');
      return join(dir, 'report.pdf');
    });
    await expect(save()).rejects.toMatchObject({ code: 'LOCKED' });
    expect(rendered).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses a footer longer than 200 characters', async () => {
    const { asked, save } = await setUp(() => null);
    await expect(save({ ...INPUT, footerPeriod: 'x'.repeat(201) })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    expect(asked).toEqual([]);
  });
});

describe('printing the page', () => {
  it('opens the system print dialog with the chosen paper size', async () => {
    const { journal, printed } = await setUp(() => null);
    await journal.call('print:dialog', { pageSize: 'Letter' });
    expect(printed).toEqual([{ pageSize: 'Letter' }]);
  });

  it('is refused while the journal is locked', async () => {
    const { journal, printed } = await setUp(() => null);
    await journal.session.lock('manual');
    await expect(journal.call('print:dialog', { pageSize: 'A4' })).rejects.toMatchObject({
      code: 'LOCKED',
    });
    expect(printed).toEqual([]);
  });

  it('says so when the printer fails', async () => {
    const journal = await openJournal(undefined, {
      printPage: async () => {
        throw new Error('printer on fire');
      },
    });
    await expect(journal.call('print:dialog', { pageSize: 'A4' })).rejects.toMatchObject({
      code: 'IO',
      message: 'The page could not be sent to the printer. Check the printer, then try again.',
    });
  });
});
