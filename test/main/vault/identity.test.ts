import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyIdentityCard } from '../../../src-main/services/crypto';
import {
  createdVault,
  expectVaultError,
  fileBytes,
  OTHER_PASSPHRASE,
  OWNER,
  PASSPHRASE,
  service,
} from './helpers';

describe('identity', () => {
  it('signs a verifiable identity card with public data only', async () => {
    const { vault } = await createdVault();
    const card = verifyIdentityCard(vault.identityCard());
    expect(card).toMatchObject({ ...OWNER, fingerprint: vault.identity().fingerprint });
    expect(card.keyId).toBe(vault.identity().keyId);
  });

  it('moves to a new vault through a key file', async () => {
    const { vault: laptop } = await createdVault();
    const original = laptop.identity();
    await expectVaultError(() => laptop.exportKeyFile('kort'), 'BAD_REQUEST');
    const keyFile = await laptop.exportKeyFile(OTHER_PASSPHRASE);

    const { dir, vault: newLaptop } = await createdVault();
    expect(newLaptop.identity().fingerprint).not.toBe(original.fingerprint);
    const identityBefore = await fileBytes(dir, 'identity.sealed');

    await expectVaultError(() => newLaptop.importKeyFile(keyFile, PASSPHRASE), 'WRONG_PASSPHRASE');
    const text = Buffer.from(keyFile).toString('utf8');
    const ciphertext = /"ciphertext": "([^"]+)"/.exec(text)?.[1] ?? '';
    const edited = `${ciphertext.startsWith('A') ? 'B' : 'A'}${ciphertext.slice(1)}`;
    await expectVaultError(
      () =>
        newLaptop.importKeyFile(Buffer.from(text.replace(ciphertext, edited)), OTHER_PASSPHRASE),
      'TAMPERED',
    );
    await expectVaultError(
      () => newLaptop.importKeyFile(keyFile.subarray(0, 100), OTHER_PASSPHRASE),
      'MALFORMED',
    );
    await expectVaultError(
      () => newLaptop.importKeyFile(new TextEncoder().encode('{"format":"x"}'), OTHER_PASSPHRASE),
      'MALFORMED',
    );
    await expectVaultError(
      () => newLaptop.importKeyFile(newLaptop.identityCard(), OTHER_PASSPHRASE),
      'MALFORMED',
    );
    expect((await fileBytes(dir, 'identity.sealed')).equals(identityBefore)).toBe(true);

    const imported = await newLaptop.importKeyFile(keyFile, OTHER_PASSPHRASE);
    expect(imported).toEqual({
      name: original.name,
      organisation: original.organisation,
      keyId: original.keyId,
      encryptionKeyId: original.encryptionKeyId,
      fingerprint: original.fingerprint,
    });
    newLaptop.lock();
    await newLaptop.unlock(PASSPHRASE);
    expect(newLaptop.identity().fingerprint).toBe(original.fingerprint);
    expect((await newLaptop.status()).identity?.fingerprint).toBe(original.fingerprint);
  });

  it('still unlocks when identity.sealed is lost or damaged, so it can be recovered', async () => {
    const { dir, vault } = await createdVault();
    const keyFile = await vault.exportKeyFile(OTHER_PASSPHRASE);
    const fingerprint = vault.identity().fingerprint;
    await vault.close();

    for (const damage of [
      () => rm(join(dir, 'identity.sealed')),
      () => writeFile(join(dir, 'identity.sealed'), Buffer.alloc(200, 7)),
    ]) {
      await damage();
      const reopened = service(dir);
      await reopened.unlock(PASSPHRASE);
      expect((await reopened.status()).identity).toBeNull();
      await expectVaultError(() => reopened.identity(), 'NOT_FOUND');
      await expectVaultError(() => reopened.identityCard(), 'NOT_FOUND');
      await reopened.importKeyFile(keyFile, OTHER_PASSPHRASE);
      expect(reopened.identity().fingerprint).toBe(fingerprint);
      await reopened.close();
    }
  });
});
