import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromBuffer } from 'yauzl';
import type { Entry } from '../../../shared/domain';
import { openJournal } from '../entries/harness';
import type { Journal } from '../entries/harness';
import { tempDir } from '../../support/temp-dirs';

export const EXPORT_PASSPHRASE = 'lanterns over the quiet canal at dusk';

/** A journal whose export dialog answers with the next path given by `next()`. */
export async function journalSavingTo(next: () => string | undefined): Promise<Journal> {
  return openJournal(undefined, { chooseSavePath: async () => next() ?? null });
}

/** Three entries, one per share level, with words a test can look for in the bytes. */
export async function writeSample(journal: Journal): Promise<Record<Entry['shareLevel'], Entry>> {
  const priv = await journal.call('entries:create', {
    date: '2024-03-02',
    title: 'Kitchen argument',
    body: 'I said the thing about **Marguerite** I had kept back.\n\n- a list\n- of things',
    mood: 3,
    tags: ['family', 'Anger'],
    shareLevel: 'private',
  });
  const summary = await journal.call('entries:create', {
    date: '2024-03-05',
    title: 'Walk by the river: "slow"',
    body: 'Noticed the heron again. Breathing felt easier.',
    mood: 7,
    tags: ['walks'],
    shareLevel: 'summary',
  });
  const full = await journal.call('entries:create', {
    date: '2024-03-05',
    title: '',
    body: 'No title today; only a zebrafinch at the window.',
    tags: [],
    shareLevel: 'full',
  });
  return { private: priv, summary, full };
}

export async function saveDir(): Promise<string> {
  return tempDir('bs-export-');
}

export const pathIn = (dir: string, name: string) => join(dir, name);

/** The files of a zip, by name, as text. */
export async function unzipText(path: string): Promise<Map<string, string>> {
  const bytes = await readFile(path);
  const files = new Map<string, string>();
  await new Promise<void>((resolve, reject) =>
    fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: { fileName: string }) => {
        zip.openReadStream(entry as never, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    }),
  );
  return files;
}
