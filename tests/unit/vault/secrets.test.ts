import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, isVaultError, openVault } from '../../../electron/vault';
import type { VaultSecret } from '../../../electron/vault';
import { CHEAP_KDF, tempDir } from './helpers';

const PASSPHRASE = 'Zoë saw the fjord';

async function made() {
  const file = join(await tempDir(), 'journal.vault');
  const { vault, recoveryKey } = await createVault(file, PASSPHRASE, { kdf: CHEAP_KDF });
  await vault.update((doc) => {
    doc.settings.currency = 'NOK';
  });
  await vault.close();
  return { file, recoveryKey, bytes: await readFile(file) };
}

async function codeOf(file: string, secret: VaultSecret): Promise<string> {
  try {
    const vault = await openVault(file, secret, { kdf: CHEAP_KDF });
    await vault.close();
    return 'OPENED';
  } catch (error) {
    return isVaultError(error) ? error.code : String(error);
  }
}

describe('wrong secrets', () => {
  const wrong: Array<[string, string]> = [
    ['an empty passphrase', ''],
    ['one character off', 'Zoë saw the fjorf'],
    ['a trailing space', `${PASSPHRASE} `],
    ['a leading space', ` ${PASSPHRASE}`],
    ['different case', PASSPHRASE.toUpperCase()],
    ['the diacritic dropped', 'Zoe saw the fjord'],
  ];
  for (const [name, passphrase] of wrong) {
    it(`${name} is refused with WRONG_SECRET and the file is untouched`, async () => {
      const { file, bytes } = await made();
      expect(await codeOf(file, { passphrase })).toBe('WRONG_SECRET');
      expect((await readFile(file)).equals(bytes)).toBe(true);
    });
  }

  it('a recovery key with one character off, or of the wrong length, is refused with WRONG_SECRET', async () => {
    const { file, recoveryKey } = await made();
    const last = recoveryKey.at(-1) === '0' ? '1' : '0';
    expect(await codeOf(file, { recoveryKey: recoveryKey.slice(0, -1) + last })).toBe(
      'WRONG_SECRET',
    );
    expect(await codeOf(file, { recoveryKey: recoveryKey.slice(0, -5) })).toBe('WRONG_SECRET');
    expect(await codeOf(file, { recoveryKey: '' })).toBe('WRONG_SECRET');
    expect(await codeOf(file, { recoveryKey: PASSPHRASE })).toBe('WRONG_SECRET');
  });

  it('the passphrase is not accepted as a recovery key, nor the recovery key as a passphrase', async () => {
    const { file, recoveryKey } = await made();
    expect(await codeOf(file, { passphrase: recoveryKey })).toBe('WRONG_SECRET');
  });

  it('the error message says what to do and contains no secret', async () => {
    const { file } = await made();
    const error = await openVault(file, { passphrase: 'nope' }, { kdf: CHEAP_KDF }).catch((e) => e);
    expect(error.message).toMatch(/try again/i);
    expect(error.message).not.toContain('nope');
    expect(error.message).not.toContain(file);
  });
});

describe('passphrase normalisation (NFC)', () => {
  it('the same passphrase in Unicode NFC and NFD opens the same vault', async () => {
    const { file } = await made();
    const nfd = PASSPHRASE.normalize('NFD');
    expect(nfd).not.toBe(PASSPHRASE);
    expect(await codeOf(file, { passphrase: PASSPHRASE.normalize('NFC') })).toBe('OPENED');
    expect(await codeOf(file, { passphrase: nfd })).toBe('OPENED');
  });

  it('a vault created with an NFD passphrase opens with its NFC form', async () => {
    const file = join(await tempDir(), 'journal.vault');
    const { vault } = await createVault(file, 'café'.normalize('NFD'), { kdf: CHEAP_KDF });
    await vault.close();
    expect(await codeOf(file, { passphrase: 'café'.normalize('NFC') })).toBe('OPENED');
  });
});

describe('recovery key', () => {
  it('opens the vault however it is typed: lower case, spaces instead of dashes, no separators', async () => {
    const { file, recoveryKey } = await made();
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    for (const typed of [
      recoveryKey,
      recoveryKey.toLowerCase(),
      recoveryKey.replace(/-/g, ' '),
      recoveryKey.replace(/-/g, ''),
      ` ${recoveryKey.replace(/0/g, 'O').replace(/1/g, 'l')} `,
    ]) {
      const vault = await openVault(file, { recoveryKey: typed }, { kdf: CHEAP_KDF });
      expect(vault.data.settings.currency).toBe('NOK');
      await vault.close();
    }
  });

  it('two vaults get different recovery keys', async () => {
    const a = await made();
    const b = await made();
    expect(a.recoveryKey).not.toBe(b.recoveryKey);
  });
});

describe('create', () => {
  it('refuses to replace an existing file (EXISTS) and leaves it untouched', async () => {
    const { file, bytes } = await made();
    const error = await createVault(file, 'another', { kdf: CHEAP_KDF }).catch((e) => e);
    expect(isVaultError(error) && error.code).toBe('EXISTS');
    expect((await readFile(file)).equals(bytes)).toBe(true);
  });

  it('refuses an empty passphrase', async () => {
    const file = join(await tempDir(), 'journal.vault');
    await expect(createVault(file, '', { kdf: CHEAP_KDF })).rejects.toThrow(RangeError);
  });

  it('opening a missing vault fails with NOT_FOUND', async () => {
    const file = join(await tempDir(), 'nothing.vault');
    expect(await codeOf(file, { passphrase: 'x' })).toBe('NOT_FOUND');
  });
});
