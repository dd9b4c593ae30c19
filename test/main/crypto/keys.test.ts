import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  exportPrivateKey,
  fingerprint,
  generateIdentityKeys,
  importPrivateKey,
  keyId,
  rawPublicKey,
  toB64url,
} from '../../../src-main/services/crypto';
import { expectCryptoError } from './helpers';

describe('identity keys', () => {
  const keys = generateIdentityKeys();

  it('generates separate Ed25519 and X25519 keys with 32-byte public halves', () => {
    expect(keys.signing.publicKey.byteLength).toBe(32);
    expect(keys.encryption.publicKey.byteLength).toBe(32);
    expect(keys.signing.privateKey.asymmetricKeyType).toBe('ed25519');
    expect(keys.encryption.privateKey.asymmetricKeyType).toBe('x25519');
    expect(toB64url(rawPublicKey(keys.signing.privateKey))).toBe(toB64url(keys.signing.publicKey));
  });

  it('exports private keys as PKCS#8 and imports them back, checking the kind', () => {
    const der = exportPrivateKey(keys.signing.privateKey);
    const back = importPrivateKey(der, 'ed25519');
    expect(toB64url(rawPublicKey(back))).toBe(toB64url(keys.signing.publicKey));
    expectCryptoError(() => importPrivateKey(der, 'x25519'), 'MALFORMED');
    expectCryptoError(() => importPrivateKey(new Uint8Array([1, 2, 3]), 'ed25519'), 'MALFORMED');
  });

  it('derives stable, distinct key ids', () => {
    const id = keyId(keys.signing.publicKey);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(keyId(keys.signing.publicKey)).toBe(id);
    expect(keyId(keys.encryption.publicKey)).not.toBe(id);
    // Independent re-computation of the documented derivation.
    const zero = new Uint8Array(32);
    const expected = createHash('sha256')
      .update('juryrum/v1/key-id\0')
      .update(zero)
      .digest('hex')
      .slice(0, 32);
    expect(keyId(zero)).toBe(expected);
  });

  it('makes a fingerprint of six five-digit groups that depends on both keys and their order', () => {
    const fp = fingerprint(keys.signing.publicKey, keys.encryption.publicKey);
    expect(fp).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(fingerprint(keys.signing.publicKey, keys.encryption.publicKey)).toBe(fp);
    expect(fingerprint(keys.encryption.publicKey, keys.signing.publicKey)).not.toBe(fp);
    const other = generateIdentityKeys();
    expect(fingerprint(keys.signing.publicKey, other.encryption.publicKey)).not.toBe(fp);
  });

  it('follows the documented fingerprint derivation', () => {
    const a = new Uint8Array(32).fill(1);
    const b = new Uint8Array(32).fill(2);
    const hash = createHash('sha256')
      .update('juryrum/v1/fingerprint\0')
      .update(a)
      .update(b)
      .digest();
    const groups = [0, 1, 2, 3, 4, 5].map((g) => {
      const chunk = BigInt(`0x${hash.subarray(g * 5, g * 5 + 5).toString('hex')}`);
      return (chunk % 100000n).toString().padStart(5, '0');
    });
    expect(fingerprint(a, b)).toBe(groups.join(' '));
  });

  it('spreads fingerprint digits roughly evenly', () => {
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 200; i++) {
      const k = generateIdentityKeys();
      for (const ch of fingerprint(k.signing.publicKey, k.encryption.publicKey).replaceAll(
        ' ',
        '',
      )) {
        counts[Number(ch)] = (counts[Number(ch)] ?? 0) + 1;
      }
    }
    // 6000 digits, 600 expected per digit; a broken mapping would be far off.
    for (const c of counts) expect(c).toBeGreaterThan(450);
  });
});
