/**
 * Writes the known-answer vault fixture for the current format version, with the STANDARD
 * key-derivation parameters. Run once per format version, commit the output, and never
 * regenerate it: every later build must still open the committed file.
 *
 *   node --import tsx scripts/make-fixture.ts
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_VERSION, createVault } from '../electron/vault';
import type { JournalDocument } from '../shared/domain';

const dir = join('tests', 'fixtures', `vault-v${FORMAT_VERSION}`);
const file = join(dir, 'journal.vault');
const secretsFile = join(dir, 'secrets.json');
if (existsSync(file) || existsSync(secretsFile)) {
  throw new Error(`${dir} already holds a fixture; fixtures are never regenerated`);
}
mkdirSync(dir, { recursive: true });

// NFD on purpose ("e" + combining acute): the test also opens it typed in NFC.
const passphrase = 'Ce\u0301line walks to the ocean at dawn';

function fill(doc: JournalDocument): void {
  doc.entries.push({
    id: 'e1',
    date: '2024-03-04',
    createdAt: '2024-03-04T20:15:00.000Z',
    updatedAt: '2024-03-04T20:31:00.000Z',
    title: 'After the call with Mum',
    body: 'I noticed I went **quiet** again — the old pattern. Ça va mieux après la marche.',
    mood: 4,
    tags: ['family', 'pattern'],
    shareLevel: 'summary',
  });
  doc.insights.push({
    id: 'i1',
    entryId: 'e1',
    quote: 'I went quiet again',
    note: 'Silence is how I avoid conflict.',
    kind: 'breakthrough',
    arrival: 'visceral',
    tone: 'uncomfortable',
    intensity: 7,
    goalIds: ['g1'],
    bringToSession: true,
    createdAt: '2024-03-04T20:30:00.000Z',
  });
  doc.goals.push({
    id: 'g1',
    title: 'Say what I need',
    whatProgressLooksLike: 'I can tell Mum "no" without apologising three times.',
    status: 'active',
    steps: [
      {
        id: 's1',
        text: 'Notice the urge to go quiet',
        done: true,
        doneAt: '2024-03-05T09:00:00.000Z',
      },
    ],
    createdAt: '2024-02-01T10:00:00.000Z',
  });
  doc.sessions.push({
    id: 'x1',
    date: '2024-03-06',
    durationMinutes: 50,
    cost: { minorUnits: 9000, currency: 'EUR' },
    therapist: 'Dr. Amara',
    prepNote: 'Talk about the call.',
    reflection: '',
    homework: [{ id: 'h1', text: 'Try one small "no" this week', status: 'open' }],
    discussedInsightIds: ['i1'],
  });
  doc.checkIns.push({
    id: 'c1',
    date: '2024-03-06',
    instrument: 'GAD-7',
    answers: [1, 2, 1, 0, 1, 2, 1],
    score: 8,
    band: 'mild',
  });
  doc.settings.autoLockMinutes = 10;
  doc.settings.theme = 'dark';
}

const { vault, recoveryKey } = await createVault(file, passphrase);
await vault.update(fill);
const expected = structuredClone(vault.data);
await vault.close();
// Saving made the day's backups beside it; the fixture is the journal file alone.
rmSync(join(dir, 'backups'), { recursive: true, force: true });
writeFileSync(
  secretsFile,
  JSON.stringify({ formatVersion: FORMAT_VERSION, passphrase, recoveryKey, expected }, null, 2) +
    '\n',
);
console.log(`wrote ${file} and ${secretsFile}`);
