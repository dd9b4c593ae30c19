import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readBackup } from '../../../src-main/services/vault';
import type { VaultService } from '../../../src-main/services/vault';
import {
  createdVault,
  expectVaultError,
  fileBytes,
  OTHER_PASSPHRASE,
  OWNER,
  PASSPHRASE,
  sampleRecords,
  service,
  tempDir,
} from './helpers';

/** Set by a test to make fsync of matching paths fail, as on a failing disk. */
const fsFault = vi.hoisted(() => ({ failSyncOf: null as RegExp | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (fsFault.failSyncOf?.test(String(args[0])) === true) {
        handle.sync = () => Promise.reject(new Error('EIO: i/o error, fsync'));
      }
      return handle;
    },
  };
});

const records = sampleRecords(8);

async function vaultWithBackup() {
  const source = await createdVault();
  const sealed = source.vault.sealRecords(records);
  const backup = await source.vault.exportBackup(sealed);
  return { ...source, sealed, backup };
}

function contents(vault: VaultService, sealed: Parameters<VaultService['openRecords']>[0]) {
  return vault.openRecords(sealed);
}

const expected = records.map((r) => ({ id: r.id, ok: true, content: r.content }));

describe('backup', () => {
  it('is a self-describing file that reveals no content', async () => {
    const { backup, vault } = await vaultWithBackup();
    const text = Buffer.from(backup).toString('utf8');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'createdAt',
      'vault',
      'nonce',
      'ciphertext',
    ]);
    expect(file).toMatchObject({ format: 'juryrum.backup', version: 1 });
    expect(text).not.toContain('Bedömning');
    expect(text).not.toContain(OWNER.name);
    const read = await readBackup(backup, PASSPHRASE);
    expect(read.identity.fingerprint).toBe(vault.identity().fingerprint);
    expect(read.records.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(read.vaultHeader.vaultId).toBe((await vault.status()).vaultId);
  });

  it('round-trips into an empty folder on another machine', async () => {
    const { backup, vault, sealed } = await vaultWithBackup();
    const fingerprint = vault.identity().fingerprint;
    const vaultId = (await vault.status()).vaultId;

    const target = service(await tempDir());
    await expectVaultError(
      () => target.restoreIntoEmpty(backup, OTHER_PASSPHRASE),
      'WRONG_PASSPHRASE',
    );
    expect((await target.status()).state).toBe('none');
    const restored = await target.restoreIntoEmpty(backup, PASSPHRASE);
    expect(restored).toEqual(sealed);
    expect(await target.status()).toMatchObject({ state: 'unlocked', vaultId });

    target.lock();
    await target.unlock(PASSPHRASE);
    expect(contents(target, restored)).toEqual(expected);
    expect(target.identity().fingerprint).toBe(fingerprint);
  });

  it('is written atomically by writeBackup: the old file wholly, or the new one wholly', async () => {
    const { vault, sealed } = await vaultWithBackup();
    const dir = await tempDir();
    const name = 'säkerhetskopia.juryrum-backup';
    const path = join(dir, name);
    // An older, much longer file: a non-atomic overwrite would leave its tail.
    const old = Buffer.from('gammal säkerhetskopia '.repeat(50_000));
    await writeFile(path, old);

    // fsync of the temp file fails: the old file stays and no temp file is left.
    fsFault.failSyncOf = /\.tmp$/;
    try {
      await expect(vault.writeBackup(path, sealed)).rejects.toThrow(/EIO/);
    } finally {
      fsFault.failSyncOf = null;
    }
    expect((await readFile(path)).equals(old)).toBe(true);
    expect(await readdir(dir)).toEqual([name]);

    // The rename fails for real (the target is a folder that is not empty).
    const folder = join(dir, 'mapp.juryrum-backup');
    await mkdir(folder);
    await writeFile(join(folder, 'kvar.txt'), 'kvar');
    await expect(vault.writeBackup(folder, sealed)).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['mapp.juryrum-backup', name].sort());
    expect(await readdir(folder)).toEqual(['kvar.txt']);

    // Success replaces the old file wholly, readable by the owner only.
    await vault.writeBackup(path, sealed);
    const bytes = await readFile(path);
    expect(bytes.byteLength).toBeLessThan(old.byteLength);
    expect((await readBackup(bytes, PASSPHRASE)).records).toEqual(sealed);
    expect((await readdir(dir)).sort()).toEqual(['mapp.juryrum-backup', name].sort());
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('refuses to back up records that would not restore', async () => {
    const { vault, sealed } = await vaultWithBackup();
    const [first, second] = sealed;
    if (first === undefined || second === undefined) throw new Error('records');
    await expectVaultError(
      () => vault.exportBackup([first, { ...second, id: first.id }]),
      'TAMPERED',
    );
    await expectVaultError(() => vault.exportBackup([first, first]), 'BAD_REQUEST');
    const { vault: other } = await createdVault();
    await expectVaultError(() => other.exportBackup(sealed), 'TAMPERED');
  });

  it('restores over an existing vault by re-sealing under its key, identity last', async () => {
    const { backup, vault: source } = await vaultWithBackup();
    const { dir, vault } = await createdVault();
    const ownFingerprint = vault.identity().fingerprint;
    const ownRecords = vault.sealRecords(sampleRecords(2));
    const headerBefore = await fileBytes(dir, 'vault.json');
    const identityBefore = await fileBytes(dir, 'identity.sealed');

    await expectVaultError(() => vault.restoreIntoEmpty(backup, PASSPHRASE), 'CONFLICT');
    await expectVaultError(() => vault.commitRestore(), 'NOT_FOUND');
    const resealed = await vault.restoreOverExisting(backup, PASSPHRASE);

    // Step one changes nothing on disk: the renderer stores the records first.
    expect(contents(vault, resealed)).toEqual(expected);
    expect(vault.identity().fingerprint).toBe(ownFingerprint);
    expect((await fileBytes(dir, 'identity.sealed')).equals(identityBefore)).toBe(true);
    // The backup's own sealed records do not open here: they were re-sealed.
    expect(contents(source, resealed).every((r) => !r.ok)).toBe(true);
    expect(contents(vault, ownRecords).every((r) => r.ok)).toBe(true);

    // Step two replaces the identity, once.
    await vault.commitRestore();
    expect(vault.identity().fingerprint).toBe(source.identity().fingerprint);
    expect((await fileBytes(dir, 'vault.json')).equals(headerBefore)).toBe(true);
    expect((await fileBytes(dir, 'identity.sealed')).equals(identityBefore)).toBe(false);
    await expectVaultError(() => vault.commitRestore(), 'NOT_FOUND');

    vault.lock();
    await vault.unlock(PASSPHRASE);
    expect(vault.identity().fingerprint).toBe(source.identity().fingerprint);
    expect(contents(vault, resealed)).toEqual(expected);
    await expectVaultError(
      () => (vault.lock(), vault.restoreOverExisting(backup, PASSPHRASE)),
      'LOCKED',
    );
  });

  it('forgets a restore that was not committed when the vault locks', async () => {
    const { backup } = await vaultWithBackup();
    const { dir, vault } = await createdVault();
    const fingerprint = vault.identity().fingerprint;
    const identityBefore = await fileBytes(dir, 'identity.sealed');
    await vault.restoreOverExisting(backup, PASSPHRASE);
    vault.lock();
    await vault.unlock(PASSPHRASE);
    await expectVaultError(() => vault.commitRestore(), 'NOT_FOUND');
    expect(vault.identity().fingerprint).toBe(fingerprint);
    expect((await fileBytes(dir, 'identity.sealed')).equals(identityBefore)).toBe(true);
  });

  describe('a bad backup changes nothing', () => {
    type Target = { dir: string; vault: VaultService };
    async function expectUnchanged(
      { dir, vault }: Target,
      bytes: Uint8Array,
      passphrase: string,
      codes: string[],
    ) {
      const header = await fileBytes(dir, 'vault.json');
      const identity = await fileBytes(dir, 'identity.sealed');
      const fingerprint = vault.identity().fingerprint;
      const error = await vault.restoreOverExisting(bytes, passphrase).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ name: 'VaultError' });
      expect(codes).toContain((error as { code: string }).code);
      expect((await fileBytes(dir, 'vault.json')).equals(header)).toBe(true);
      expect((await fileBytes(dir, 'identity.sealed')).equals(identity)).toBe(true);
      expect(vault.identity().fingerprint).toBe(fingerprint);
      await expectVaultError(() => vault.commitRestore(), 'NOT_FOUND');
    }

    it('flipped bytes, truncation, wrong passphrase, random bytes', async () => {
      const target = await createdVault();
      const { backup } = await vaultWithBackup();
      await expectUnchanged(target, backup, OTHER_PASSPHRASE, ['WRONG_PASSPHRASE']);
      await expectUnchanged(target, backup.subarray(0, backup.length - 40), PASSPHRASE, [
        'MALFORMED',
      ]);
      await expectUnchanged(target, backup.subarray(0, 10), PASSPHRASE, ['MALFORMED']);
      await expectUnchanged(target, new Uint8Array(0), PASSPHRASE, ['MALFORMED']);
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: backup.length - 1 }),
          fc.integer({ min: 1, max: 255 }),
          async (at, mask) => {
            const copy = Uint8Array.from(backup);
            copy[at] = (copy[at] ?? 0) ^ mask;
            await expectUnchanged(target, copy, PASSPHRASE, [
              'MALFORMED',
              'TAMPERED',
              'WRONG_PASSPHRASE',
            ]);
          },
        ),
        { numRuns: 60 },
      );
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (junk) => {
          await expectUnchanged(target, junk, PASSPHRASE, ['MALFORMED']);
        }),
        { numRuns: 30 },
      );
    });

    it('a changed ciphertext or nonce is TAMPERED', async () => {
      const target = await createdVault();
      const { backup } = await vaultWithBackup();
      const file = JSON.parse(Buffer.from(backup).toString('utf8')) as {
        ciphertext: string;
        nonce: string;
      };
      for (const field of ['ciphertext', 'nonce'] as const) {
        const value = file[field];
        const swapped = value.startsWith('A') ? `B${value.slice(1)}` : `A${value.slice(1)}`;
        const edited = Buffer.from(backup).toString('utf8').replace(value, swapped);
        await expectUnchanged(target, Buffer.from(edited), PASSPHRASE, ['TAMPERED']);
      }
    });
  });
});
