import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  constantTimeEqual,
  fromB64url,
  open,
  randomKey,
  recordAad,
  seal,
  sha256Hex,
  toB64url,
} from '../../../src-main/services/crypto';
import { expectCryptoError } from './helpers';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('encoding helpers', () => {
  it('hashes with SHA-256', () => {
    expect(sha256Hex(text('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('round-trips base64url and refuses non-canonical spellings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(new Uint8Array(fromB64url(toB64url(bytes)))).toEqual(bytes);
      }),
    );
    // "AB" and "AA" both decode to one zero byte in Node; only "AA" is canonical.
    expect([...fromB64url('AA')]).toEqual([0]);
    expectCryptoError(() => fromB64url('AB'), 'MALFORMED');
    expectCryptoError(() => fromB64url('AA=='), 'MALFORMED');
    expectCryptoError(() => fromB64url('A+/A'), 'MALFORMED');
    expectCryptoError(() => fromB64url('AAAAA'), 'MALFORMED');
    expectCryptoError(() => fromB64url('AAAA', 2), 'MALFORMED');
  });

  it('compares bytes', () => {
    expect(constantTimeEqual(text('abc'), text('abc'))).toBe(true);
    expect(constantTimeEqual(text('abc'), text('abd'))).toBe(false);
    expect(constantTimeEqual(text('abc'), text('ab'))).toBe(false);
  });
});

describe('seal / open (AES-256-GCM)', () => {
  const key = randomKey();
  const binding = { id: 'application/app-17', type: 'score', schemaVersion: 3 };
  const aad = recordAad(binding);

  it('round-trips and uses a fresh nonce every time', () => {
    const plaintext = text('Poäng 4: tydlig plan för digital omställning');
    const a = seal(key, plaintext, aad);
    const b = seal(key, plaintext, aad);
    expect(a.byteLength).toBe(12 + plaintext.byteLength + 16);
    expect(toB64url(a.subarray(0, 12))).not.toBe(toB64url(b.subarray(0, 12)));
    expect(new Uint8Array(open(key, a, aad))).toEqual(plaintext);
    expect(new Uint8Array(open(key, b, aad))).toEqual(plaintext);
    expect(open(key, seal(key, new Uint8Array(0), aad), aad).byteLength).toBe(0);
  });

  it('rejects any single flipped byte with a CryptoError', () => {
    const sealed = seal(key, text('{"score":4,"comment":"ok"}'), aad);
    fc.assert(
      fc.property(
        fc.nat({ max: sealed.byteLength - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (index, mask) => {
          const copy = new Uint8Array(sealed);
          copy[index] = (copy[index] ?? 0) ^ mask;
          expectCryptoError(() => open(key, copy, aad), 'TAMPERED');
        },
      ),
    );
  });

  it('rejects truncated data, a wrong key and any other record binding', () => {
    const sealed = seal(key, text('secret'), aad);
    expectCryptoError(() => open(key, sealed.subarray(0, 27), aad), 'MALFORMED');
    expectCryptoError(() => open(key, sealed.subarray(0, sealed.byteLength - 1), aad), 'TAMPERED');
    expectCryptoError(() => open(randomKey(), sealed, aad), 'TAMPERED');
    fc.assert(
      fc.property(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 30 }),
          type: fc.string({ minLength: 1, maxLength: 10 }),
          schemaVersion: fc.integer({ min: 0, max: 100 }),
        }),
        (other) => {
          fc.pre(
            other.id !== binding.id ||
              other.type !== binding.type ||
              other.schemaVersion !== binding.schemaVersion,
          );
          expectCryptoError(() => open(key, sealed, recordAad(other)), 'TAMPERED');
        },
      ),
    );
    for (const other of [
      { ...binding, id: 'application/app-18' },
      { ...binding, type: 'comment' },
      { ...binding, schemaVersion: 4 },
    ]) {
      expectCryptoError(() => open(key, sealed, recordAad(other)), 'TAMPERED');
    }
  });

  it('binds the AAD fields unambiguously', () => {
    const a = recordAad({ id: 'a', type: 'bc', schemaVersion: 1 });
    const b = recordAad({ id: 'ab', type: 'c', schemaVersion: 1 });
    expect(toB64url(a)).not.toBe(toB64url(b));
  });
});
