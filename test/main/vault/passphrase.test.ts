import { describe, expect, it } from 'vitest';
import { VaultService } from '../../../src-main/services/vault';
import {
  createdVault,
  expectVaultError,
  fileBytes,
  OTHER_PASSPHRASE,
  PASSPHRASE,
  sampleRecords,
} from './helpers';

type Header = {
  wrappedKey: string;
  kdf: { salt: string; logN: number };
  vaultId: string;
  createdAt: string;
};

async function header(dir: string): Promise<Header> {
  return JSON.parse((await fileBytes(dir, 'vault.json')).toString('utf8')) as Header;
}

describe('changePassphrase', () => {
  it('re-wraps only the data key under a new salt', async () => {
    const { dir, vault } = await createdVault();
    const records = sampleRecords(4);
    const sealed = vault.sealRecords(records);
    const identityBefore = await fileBytes(dir, 'identity.sealed');
    const before = await header(dir);

    await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);

    const after = await header(dir);
    expect(after.wrappedKey).not.toBe(before.wrappedKey);
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
    expect(after.kdf.logN).toBe(before.kdf.logN);
    expect(after.vaultId).toBe(before.vaultId);
    expect(after.createdAt).toBe(before.createdAt);
    expect((await fileBytes(dir, 'identity.sealed')).equals(identityBefore)).toBe(true);
    // Still unlocked, and old records open with the same key.
    expect(vault.openRecords(sealed).every((r) => r.ok)).toBe(true);

    vault.lock();
    await expectVaultError(() => vault.unlock(PASSPHRASE), 'WRONG_PASSPHRASE');
    await vault.unlock(OTHER_PASSPHRASE);
    expect(vault.openRecords(sealed)).toEqual(
      records.map((r) => ({ id: r.id, ok: true, content: r.content })),
    );
    expect((await fileBytes(dir, 'identity.sealed')).equals(identityBefore)).toBe(true);
  });

  it('refuses a wrong current passphrase (counted) and a short new one, changing nothing', async () => {
    const { dir, vault, clock } = await createdVault();
    const before = await fileBytes(dir, 'vault.json');
    await expectVaultError(() => vault.changePassphrase(PASSPHRASE, 'kort'), 'BAD_REQUEST');
    await expectVaultError(
      () => vault.changePassphrase(OTHER_PASSPHRASE, 'ny lösenfras 123'),
      'WRONG_PASSPHRASE',
    );
    const second = await expectVaultError(
      () => vault.changePassphrase(OTHER_PASSPHRASE, 'ny lösenfras 123'),
      'WRONG_PASSPHRASE',
    );
    expect(second.retryAfterMs).toBe(1000);
    await expectVaultError(
      () => vault.changePassphrase(PASSPHRASE, 'ny lösenfras 123'),
      'RATE_LIMITED',
    );
    expect((await fileBytes(dir, 'vault.json')).equals(before)).toBe(true);
    expect((await vault.status()).state).toBe('unlocked');
    clock.advance(1000);
    await vault.changePassphrase(PASSPHRASE, 'ny lösenfras 123');
    expect((await fileBytes(dir, 'vault.json')).equals(before)).toBe(false);
  });

  it('treats passphrases in NFC and NFD as the same', async () => {
    const { vault } = await createdVault();
    const nfc = 'smörgåsbord på måndag';
    await vault.changePassphrase(PASSPHRASE, nfc);
    vault.lock();
    await vault.unlock(nfc.normalize('NFD'));
    expect((await vault.status()).state).toBe('unlocked');
  });

  it('raises a stored cost below the default by calibrating again', async () => {
    const { dir, vault } = await createdVault();
    await vault.close();
    // No kdfCost option: the production behaviour.
    const calibrating = new VaultService({ dataDir: dir });
    try {
      await calibrating.unlock(PASSPHRASE);
      await calibrating.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
      expect((await header(dir)).kdf.logN).toBeGreaterThanOrEqual(15);
      calibrating.lock();
      await calibrating.unlock(OTHER_PASSPHRASE);
    } finally {
      await calibrating.close();
    }
  });
});
