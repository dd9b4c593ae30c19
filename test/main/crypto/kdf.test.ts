import { describe, expect, it } from 'vitest';
import {
  calibrateScrypt,
  checkKdfParams,
  DEFAULT_KDF,
  defaultKdfParams,
  deriveKek,
  TEST_KDF,
  toB64url,
} from '../../../src-main/services/crypto';
import type { KdfParams } from '../../../src-main/services/crypto';
import { expectCryptoError } from './helpers';

describe('scrypt key derivation', () => {
  const params: KdfParams = defaultKdfParams(TEST_KDF);

  it('is deterministic for the same passphrase and parameters', async () => {
    const a = await deriveKek('korrekt häst batteri häftklammer', params);
    const b = await deriveKek('korrekt häst batteri häftklammer', params);
    expect(a.byteLength).toBe(32);
    expect(toB64url(a)).toBe(toB64url(b));
  });

  it('gives a different key for a wrong passphrase or another salt', async () => {
    const a = await deriveKek('rätt lösenfras', params);
    const wrong = await deriveKek('rätt lösenfraz', params);
    const otherSalt = await deriveKek('rätt lösenfras', defaultKdfParams(TEST_KDF));
    expect(toB64url(wrong)).not.toBe(toB64url(a));
    expect(toB64url(otherSalt)).not.toBe(toB64url(a));
  });

  it('normalises the passphrase to NFC', async () => {
    const composed = await deriveKek('s\u00e5', params);
    const decomposed = await deriveKek('sa\u030a', params);
    expect(toB64url(decomposed)).toBe(toB64url(composed));
  });

  it('refuses parameters outside the safe range before deriving', () => {
    const bad: KdfParams[] = [
      { ...params, logN: 9 },
      { ...params, logN: 30 },
      { ...params, r: 0 },
      { ...params, r: 1000 },
      { ...params, p: 99 },
      { ...params, logN: 17.5 },
      { ...params, salt: 'short' },
    ];
    for (const p of bad) expectCryptoError(() => checkKdfParams(p), 'MALFORMED');
  });

  it('can run the production cost (maxmem is large enough for N = 2^17)', async () => {
    const key = await deriveKek('lösenfras', defaultKdfParams(DEFAULT_KDF));
    expect(key.byteLength).toBe(32);
  });

  it('calibrates to a cost between 2^15 and 2^20', async () => {
    const cost = await calibrateScrypt(700);
    expect(cost.logN).toBeGreaterThanOrEqual(15);
    expect(cost.logN).toBeLessThanOrEqual(20);
    expect(cost).toMatchObject({ r: 8, p: 1 });
    expect((await calibrateScrypt(1)).logN).toBe(15);
    expect((await calibrateScrypt(1e9)).logN).toBe(20);
  });
});
