import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createVault, openVault } from '../../../electron/vault';
import { EncryptedAdapter } from '../../../electron/vault/adapter';
import { nodeFs } from '../../../electron/vault/fs-layer';
import type { VaultFs } from '../../../electron/vault/fs-layer';
import { CHEAP_KDF, tempDir } from './helpers';

const PASSPHRASE = 'one at a time';

async function setUp(fs: VaultFs = nodeFs) {
  const file = join(await tempDir(), 'journal.vault');
  const { vault } = await createVault(file, PASSPHRASE, { kdf: CHEAP_KDF });
  await vault.close();
  return { file, vault: await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF, fs }) };
}

describe('updates', () => {
  it('updates issued together are all saved, one write at a time, never interleaved', async () => {
    let active = 0;
    let maxActive = 0;
    let renames = 0;
    const fs: VaultFs = {
      ...nodeFs,
      async open(path, flags, mode) {
        if (flags.includes('w') && path.endsWith('.tmp')) maxActive = Math.max(maxActive, ++active);
        return nodeFs.open(path, flags, mode);
      },
      async rename(from, to) {
        await new Promise((r) => setTimeout(r, 2));
        await nodeFs.rename(from, to);
        active--;
        renames++;
      },
    };
    const { file, vault } = await setUp(fs);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        vault.update((doc) => void doc.settings.safetyPlan.copingSteps.push(`step ${i}`)),
      ),
    );
    expect(maxActive).toBe(1);
    // Updates that arrive while a write is in flight share the next write.
    expect(renames).toBeLessThan(20);
    expect(vault.dirty).toBe(false);
    await vault.close();
    const again = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF });
    expect(again.data.settings.safetyPlan.copingSteps).toEqual(
      Array.from({ length: 20 }, (_, i) => `step ${i}`),
    );
    await again.close();
  });

  it('an update issued while a save is in flight is saved after it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    let armed = false;
    const fs: VaultFs = {
      ...nodeFs,
      async rename(from, to) {
        if (armed) {
          armed = false;
          await gate;
        }
        await nodeFs.rename(from, to);
        order.push('rename');
      },
    };
    const { vault } = await setUp(fs);
    order.length = 0; // forget the backups written while unlocking
    armed = true;
    const a = vault.update((doc) => void (doc.settings.theme = 'dark')).then(() => order.push('a'));
    await new Promise((r) => setTimeout(r, 20));
    const b = vault
      .update((doc) => void (doc.settings.theme = 'light'))
      .then(() => order.push('b'));
    await new Promise((r) => setTimeout(r, 20));
    expect(order).toEqual([]);
    release();
    await Promise.all([a, b]);
    expect(order).toEqual(['rename', 'a', 'rename', 'b']);
    await vault.close();
  });

  it('a document that would not validate is never written; the caller hears of it', async () => {
    const { file, vault } = await setUp();
    await expect(vault.update((doc) => void (doc.settings.autoLockMinutes = 0))).rejects.toThrow(
      /schema/,
    );
    expect(vault.dirty).toBe(true);
    await vault.update((doc) => void (doc.settings.autoLockMinutes = 3));
    await vault.close();
    const again = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF });
    expect(again.data.settings.autoLockMinutes).toBe(3);
    await again.close();
  });

  it('an update whose function throws rejects, and leaves the vault dirty rather than half-saved', async () => {
    const { vault } = await setUp();
    await expect(
      vault.update((doc) => {
        doc.settings.theme = 'dark';
        throw new Error('feature bug');
      }),
    ).rejects.toThrow('feature bug');
    expect(vault.dirty).toBe(true);
    await vault.save();
    expect(vault.dirty).toBe(false);
    await vault.close();
  });

  it('a save validates the text it serialised, even if the document changed while it was writing', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let armed = false;
    const fs: VaultFs = {
      ...nodeFs,
      async open(path, flags, mode) {
        if (armed && path.endsWith('.tmp')) {
          armed = false;
          await gate;
        }
        return nodeFs.open(path, flags, mode);
      },
    };
    const { file, vault } = await setUp(fs);
    armed = true;
    const a = vault.update((doc) => void (doc.settings.autoLockMinutes = 9));
    await new Promise((r) => setTimeout(r, 20));
    // While save `a` waits to write, a buggy change makes the in-memory document invalid.
    const b = vault.update((doc) => void (doc.settings.autoLockMinutes = -1));
    release();
    await expect(a).resolves.toBeUndefined();
    await expect(b).rejects.toThrow(/schema/);
    await vault.update((doc) => void (doc.settings.autoLockMinutes = 10));
    await vault.close();
    const again = await openVault(file, { passphrase: PASSPHRASE }, { kdf: CHEAP_KDF });
    expect(again.data.settings.autoLockMinutes).toBe(10);
    await again.close();
  });

  it('after close the document is gone and the data key is zeroed', async () => {
    const { vault } = await setUp();
    const wiped: Buffer[] = [];
    const wipe = vi.spyOn(EncryptedAdapter.prototype, 'wipe');
    wipe.mockImplementation(function (this: EncryptedAdapter) {
      const key = this.dataKey;
      expect(key.some((b) => b !== 0)).toBe(true);
      wiped.push(key);
      key.fill(0);
    });
    try {
      await vault.close();
    } finally {
      wipe.mockRestore();
    }
    expect(wiped).toHaveLength(1);
    expect(wiped[0]!.every((b) => b === 0)).toBe(true);
    expect(() => vault.data).toThrow(/closed/);
    await expect(vault.update(() => undefined)).rejects.toThrow(/closed/);
    await expect(vault.save()).rejects.toThrow(/closed/);
  });

  it('the adapter zeroes its data key when wiped', () => {
    const key = Buffer.alloc(32, 7);
    const adapter = new EncryptedAdapter(
      { file: 'x', fs: nodeFs, write: {} },
      key,
      {} as never,
      Buffer.alloc(0),
    );
    adapter.wipe();
    expect(key.every((b) => b === 0)).toBe(true);
  });
});
