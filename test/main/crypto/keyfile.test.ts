import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  defaultKdfParams,
  exportKeyFile,
  importKeyFile,
  openContainer,
  TEST_KDF,
  toB64url,
} from '../../../src-main/services/crypto';
import {
  chair,
  expectCryptoErrorAsync,
  fileJson,
  juror,
  makeScoreFile,
  openOptions,
  toFileBytes,
} from './helpers';

const PASS = 'Tre röda äpplen på ett fat';

describe('passphrase-protected key file', () => {
  let file: Uint8Array = new Uint8Array(0);
  beforeAll(async () => {
    file = await exportKeyFile(chair, PASS, defaultKdfParams(TEST_KDF));
  });

  it('round-trips an identity, and the imported keys work', async () => {
    const back = await importKeyFile(file, PASS);
    expect(back).toMatchObject({
      name: chair.name,
      organisation: chair.organisation,
      keyId: chair.keyId,
      encryptionKeyId: chair.encryptionKeyId,
      fingerprint: chair.fingerprint,
      createdAt: chair.createdAt,
    });
    expect(toB64url(back.signing.publicKey)).toBe(toB64url(chair.signing.publicKey));
    const opened = openContainer(makeScoreFile(juror, chair), openOptions(back));
    expect(opened.signerKeyId).toBe(juror.keyId);
  });

  it('stores no secret in the clear', () => {
    const text = new TextDecoder().decode(file);
    expect(text).toContain('"format": "juryrum.keyfile"');
    expect(text).not.toContain(chair.name);
    expect(text).not.toContain(toB64url(chair.signing.publicKey));
  });

  it('says WRONG_PASSPHRASE for a wrong passphrase', async () => {
    await expectCryptoErrorAsync(
      () => importKeyFile(file, 'Tre röda äpplen på ett fat!'),
      'WRONG_PASSPHRASE',
    );
    await expectCryptoErrorAsync(() => importKeyFile(file, ''), 'WRONG_PASSPHRASE');
  });

  it('says TAMPERED when the ciphertext or authenticated header is edited', async () => {
    const json = fileJson(file);
    const ct = String(json['ciphertext']);
    const flipped = `${ct[0] === 'A' ? 'B' : 'A'}${ct.slice(1)}`;
    await expectCryptoErrorAsync(
      () => importKeyFile(toFileBytes({ ...json, ciphertext: flipped }), PASS),
      'TAMPERED',
    );
    const nonce = String(json['nonce']);
    await expectCryptoErrorAsync(
      () =>
        importKeyFile(
          toFileBytes({ ...json, nonce: `${nonce[0] === 'A' ? 'B' : 'A'}${nonce.slice(1)}` }),
          PASS,
        ),
      'TAMPERED',
    );
  });

  it('refuses hostile KDF parameters before deriving', async () => {
    const json = fileJson(file);
    const kdf = json['kdf'] as Record<string, unknown>;
    for (const change of [{ logN: 40 }, { r: 1_000_000 }, { p: 0 }, { alg: 'argon2id' }]) {
      await expectCryptoErrorAsync(
        () => importKeyFile(toFileBytes({ ...json, kdf: { ...kdf, ...change } }), PASS),
        'MALFORMED',
      );
    }
  });

  it('gives a typed error for any single flipped byte', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: file.byteLength - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (index, mask) => {
          const copy = new Uint8Array(file);
          copy[index] = (copy[index] ?? 0) ^ mask;
          await expectCryptoErrorAsync(() => importKeyFile(copy, PASS));
        },
      ),
      { numRuns: 60 },
    );
  });
});
