import { describe, expect, it } from 'vitest';
import {
  createdVault,
  expectVaultError,
  FakeClock,
  FakeKeychain,
  fileBytes,
  OTHER_PASSPHRASE,
  OWNER,
  PASSPHRASE,
  sampleRecords,
  service,
  tempDir,
} from './helpers';

describe('OS keychain as a second factor (AND, never OR)', () => {
  async function keychainVault() {
    const dir = await tempDir();
    const keychain = new FakeKeychain(0x5a);
    const vault = service(dir, undefined, { keychain });
    await vault.create({ passphrase: PASSPHRASE, ...OWNER, useKeychain: true });
    return { dir, vault, keychain };
  }

  it('binds the vault to the keychain when asked and the backend is real', async () => {
    const { dir, vault, keychain } = await keychainVault();
    expect((await vault.status()).keychain).toBe('on');
    const header = JSON.parse((await fileBytes(dir, 'vault.json')).toString('utf8')) as {
      keychain: { blob: string } | null;
    };
    expect(header.keychain?.blob).toMatch(/^[A-Za-z0-9_-]+$/);

    vault.lock();
    const calls = keychain.decryptCalls;
    await vault.unlock(PASSPHRASE);
    expect(keychain.decryptCalls).toBeGreaterThan(calls);
    expect((await vault.status()).state).toBe('unlocked');
  });

  it('needs both: right passphrase with the wrong keychain fails, and vice versa', async () => {
    const { dir, vault } = await keychainVault();
    await vault.close();

    const otherMachine = service(dir, undefined, { keychain: new FakeKeychain(0x33) });
    await expectVaultError(() => otherMachine.unlock(PASSPHRASE), 'WRONG_PASSPHRASE');
    await otherMachine.close();

    const noKeychain = service(dir, undefined, { keychain: null });
    await expectVaultError(() => noKeychain.unlock(PASSPHRASE), 'NOT_FOUND');
    await noKeychain.close();

    const brokenKeychain = service(dir, undefined, {
      keychain: {
        isRealBackend: () => true,
        encrypt: (s) => s,
        decrypt: () => {
          throw new Error('denied');
        },
      },
    });
    await expectVaultError(() => brokenKeychain.unlock(PASSPHRASE), 'NOT_FOUND');
    await brokenKeychain.close();

    const clock = new FakeClock();
    const rightKeychain = service(dir, clock, { keychain: new FakeKeychain(0x5a) });
    const error = await expectVaultError(
      () => rightKeychain.unlock(OTHER_PASSPHRASE),
      'WRONG_PASSPHRASE',
    );
    // Two wrong guesses so far (other machine, wrong passphrase); the NOT_FOUND ones did not count.
    expect(error.retryAfterMs).toBe(1000);
    clock.advance(1000);
    await rightKeychain.unlock(PASSPHRASE);
    expect((await rightKeychain.status()).state).toBe('unlocked');
  });

  it('keeps the keychain binding when the passphrase changes', async () => {
    const { dir, vault } = await keychainVault();
    await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    await vault.close();
    const wrong = service(dir, undefined, { keychain: new FakeKeychain(0x33) });
    await expectVaultError(() => wrong.unlock(OTHER_PASSPHRASE), 'WRONG_PASSPHRASE');
    await wrong.close();
    const right = service(dir, undefined, { keychain: new FakeKeychain(0x5a) });
    await right.unlock(OTHER_PASSPHRASE);
    expect((await right.status()).keychain).toBe('on');
  });

  it('falls back to the passphrase alone for basic_text-like or missing backends', async () => {
    for (const keychain of [new FakeKeychain(0x5a, false), null]) {
      const dir = await tempDir();
      const vault = service(dir, undefined, { keychain });
      await vault.create({ passphrase: PASSPHRASE, ...OWNER, useKeychain: true });
      expect((await vault.status()).keychain).toBe('unavailable');
      const header = JSON.parse((await fileBytes(dir, 'vault.json')).toString('utf8')) as {
        keychain: unknown;
      };
      expect(header.keychain).toBeNull();
      vault.lock();
      await vault.unlock(PASSPHRASE);
    }
    const { vault } = await createdVault({ keychain: new FakeKeychain() });
    expect((await vault.status()).keychain).toBe('off');
  });

  it('does not bind a keychain that fails to round-trip', async () => {
    const dir = await tempDir();
    const vault = service(dir, undefined, {
      keychain: {
        isRealBackend: () => true,
        encrypt: (s) => s,
        decrypt: (b) => b.map((x) => x ^ 1),
      },
    });
    await vault.create({ passphrase: PASSPHRASE, ...OWNER, useKeychain: true });
    expect((await vault.status()).keychain).toBe('off');
    vault.lock();
    await vault.unlock(PASSPHRASE);
  });

  it('makes backups that open with the passphrase alone elsewhere', async () => {
    const { vault } = await keychainVault();
    const records = sampleRecords(3);
    const sealed = vault.sealRecords(records);
    await expectVaultError(() => vault.exportBackup(sealed), 'BAD_REQUEST');
    await expectVaultError(
      () => vault.exportBackup(sealed, { passphrase: OTHER_PASSPHRASE }),
      'WRONG_PASSPHRASE',
    );
    const backup = await vault.exportBackup(sealed, { passphrase: PASSPHRASE });

    const elsewhere = service(await tempDir(), undefined, { keychain: null });
    const restored = await elsewhere.restoreIntoEmpty(backup, PASSPHRASE);
    expect((await elsewhere.status()).keychain).toBe('unavailable');
    elsewhere.lock();
    await elsewhere.unlock(PASSPHRASE);
    expect(elsewhere.openRecords(restored)).toEqual(
      records.map((r) => ({ id: r.id, ok: true, content: r.content })),
    );
    expect(elsewhere.identity().fingerprint).toBe(vault.identity().fingerprint);
  });
});
