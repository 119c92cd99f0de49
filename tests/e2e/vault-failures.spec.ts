import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures';
import { editorBody, expectSaved, newEntry, timelineEntry } from './support/entry-steps';
import { makeReadOnly, makeWritable, readOnlyUnsupported } from './support/read-only';
import { damage, markNewerVersion, seedJournal, vaultPath } from './support/seed-vault';
import {
  PASSPHRASE,
  createJournal,
  lock,
  unlock,
  openSettings,
  tryUnlock,
} from './support/vault-steps';

test.describe('a damaged journal file', () => {
  let damaged: Buffer;
  test.use({
    prepareDataDir: async ({}, use) =>
      use(async (dir) => {
        await seedJournal(dir);
        damaged = await damage(dir);
      }),
  });

  test('is refused with a clear message, left untouched, and restorable from its backup', async ({
    app,
    dataDir,
  }) => {
    await tryUnlock(app);
    await expect(app.getByRole('alert')).toContainText('damaged');
    expect((await readFile(vaultPath(dataDir))).equals(damaged)).toBe(true);

    await expect(app.getByRole('heading', { name: 'Restore from a backup' })).toBeVisible();
    const backups = app.getByRole('list', { name: 'Backups' }).getByRole('listitem');
    await expect(backups.first()).toBeVisible();
    await backups
      .first()
      .getByRole('button', { name: /^Restore the daily backup of/ })
      .click();
    // The journal is locked: restoring needs the backup's own passphrase, checked against it
    // before anything is replaced. A wrong one changes nothing.
    const confirm = app.getByRole('form', { name: /^Restore the backup of/ });
    await confirm.getByLabel('Passphrase of this backup', { exact: true }).fill(`${PASSPHRASE}x`);
    await confirm.getByRole('button', { name: 'Yes, restore' }).click();
    await expect(
      app.getByRole('alert').filter({ hasText: 'does not unlock this journal' }),
    ).toBeVisible();
    expect((await readFile(vaultPath(dataDir))).equals(damaged)).toBe(true);
    expect((await readdir(path.join(dataDir, 'backups'))).join()).not.toContain('pre-restore');

    await confirm.getByLabel('Passphrase of this backup', { exact: true }).fill(PASSPHRASE);
    await confirm.getByRole('button', { name: 'Yes, restore' }).click();
    await expect(app.getByRole('heading', { name: 'Restore from a backup' })).toHaveCount(0);

    await unlock(app);
    await openSettings(app);
    await expect(app.getByLabel('Lock automatically after')).toHaveValue('30');
    // The damaged file was not thrown away: it is kept beside the backups.
    const kept = await readdir(path.join(dataDir, 'backups'));
    const preRestore = kept.filter((name) => name.includes('pre-restore'));
    expect(preRestore).toHaveLength(1);
    expect((await readFile(path.join(dataDir, 'backups', preRestore[0]!))).equals(damaged)).toBe(
      true,
    );
  });
});

test.describe('a journal written by a newer version', () => {
  let original: Buffer;
  test.use({
    prepareDataDir: async ({}, use) =>
      use(async (dir) => {
        await seedJournal(dir);
        original = await markNewerVersion(dir);
      }),
  });

  test('is refused with a message saying to update, and left untouched', async ({
    app,
    dataDir,
  }) => {
    await tryUnlock(app);
    await expect(app.getByRole('alert')).toContainText('newer version of Between Sessions');
    expect((await readFile(vaultPath(dataDir))).equals(original)).toBe(true);
  });
});

test.describe('a journal open in another program', () => {
  let holder: ChildProcess;
  test.use({
    prepareDataDir: async ({}, use) => {
      await use(async (dir) => {
        await seedJournal(dir);
        holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
        await writeFile(`${vaultPath(dir)}.lock`, `${holder.pid}\n`);
      });
      holder?.kill();
    },
  });

  test('is not opened a second time, and says why', async ({ app }) => {
    await tryUnlock(app);
    await expect(app.getByRole('alert')).toContainText('open in another window or program');
    // Once the other program has really exited, its lock is stale and is taken over.
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill();
    await exited;
    await app.getByRole('button', { name: 'Unlock' }).click();
    await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  });
});

test('a read-only folder during a save: the change is kept, the person is told, saving retries', async ({
  app,
  dataDir,
}) => {
  const unsupported = await readOnlyUnsupported(dataDir);
  test.skip(unsupported !== null, unsupported ?? '');
  await createJournal(app);
  await makeReadOnly(dataDir);
  try {
    await openSettings(app);
    await app.getByLabel('Lock automatically after').selectOption('60');
    await expect(app.getByRole('alert')).toContainText('Not saved yet');
    await expect(app.getByRole('alert')).toContainText('cannot be written to');
    // The edit is still shown: it lives in memory until the disk takes it.
    await expect(app.getByLabel('Lock automatically after')).toHaveValue('60');
    // Locking now would lose it, so the app asks first.
    await app.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(app.getByText('the journal was not locked')).toBeVisible();
  } finally {
    await makeWritable(dataDir);
  }
  await app.getByRole('button', { name: 'Try saving now' }).click();
  await expect(app.getByText('Not saved yet')).toHaveCount(0);
  await lock(app);
  await unlock(app);
  await openSettings(app);
  await expect(app.getByLabel('Lock automatically after')).toHaveValue('60');
});

test('a journal file changed on disk by something else is not overwritten', async ({
  app,
  dataDir,
}) => {
  await createJournal(app);
  const foreign = Buffer.from('written by another program');
  await writeFile(vaultPath(dataDir), foreign);
  await openSettings(app);
  await app.getByLabel('Lock automatically after').selectOption('10');
  await expect(app.getByRole('alert').first()).toContainText('changed by another program');
  expect((await readFile(vaultPath(dataDir))).equals(foreign)).toBe(true);
});

test('an entry written while the disk refuses is kept, shown as not saved, and saved once it can be', async ({
  app,
  dataDir,
}) => {
  const unsupported = await readOnlyUnsupported(dataDir);
  test.skip(unsupported !== null, unsupported ?? '');
  await createJournal(app);
  await newEntry(app, 'Written on a full disk');
  await makeReadOnly(dataDir);
  try {
    await editorBody(app).click();
    await app.keyboard.type('These words must survive.');
    await expect(app.getByRole('status').filter({ hasText: /^Not saved — kept/ })).toBeVisible();
    await expect(app.getByRole('alert')).toContainText('Not saved yet');
    // A lock now is refused (the words are only in memory); the entry stays open for writing.
    await app.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(app.getByText('the journal was not locked')).toBeVisible();
    await editorBody(app).click();
    await app.keyboard.press('End');
    await app.keyboard.type(' Still mine.');
  } finally {
    await makeWritable(dataDir);
  }
  await app.getByRole('button', { name: 'Try saving now' }).click();
  await expectSaved(app);
  await lock(app);
  await unlock(app);
  await timelineEntry(app, /Written on a full disk/).click();
  await expect(editorBody(app)).toHaveText('These words must survive. Still mine.');
});

test('Settings says when the last backup was made, and says so when backing up fails', async ({
  app,
  dataDir,
}) => {
  const unsupported = await readOnlyUnsupported(dataDir);
  test.skip(unsupported !== null, unsupported ?? '');
  await createJournal(app);
  // A backup is made when the journal is unlocked.
  await lock(app);
  await unlock(app);
  await openSettings(app);
  await expect(app.getByRole('status').filter({ hasText: /^Last backup: / })).toBeVisible();

  await lock(app);
  const backups = path.join(dataDir, 'backups');
  // Today's backup exists already: take it away so the next unlock must write one, and cannot.
  for (const name of await readdir(backups)) await rm(path.join(backups, name));
  await makeReadOnly(backups);
  try {
    await unlock(app);
    await openSettings(app);
    await expect(app.getByRole('alert')).toContainText('The automatic backup could not be made');
    await expect(app.getByText('No backup has been made yet.')).toBeVisible();
  } finally {
    await makeWritable(backups);
  }
});
