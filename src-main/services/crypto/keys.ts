import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { strictAssert } from '../../../src-shared/assert';
import { asCryptoError, CryptoError } from './errors';
import { concatBytes, fromB64url, sha256, toB64url, utf8 } from './encoding';

/** Raw Ed25519 / X25519 public keys are 32 bytes. */
export const PUBLIC_KEY_BYTES = 32;

/** A key pair: the public half as raw bytes, the private half as a KeyObject. */
export type KeyPair = { publicKey: Uint8Array; privateKey: KeyObject };

/** Separate keys for signing (Ed25519) and for receiving files (X25519). */
export type IdentityKeys = { signing: KeyPair; encryption: KeyPair };

type OkpCurve = 'Ed25519' | 'X25519';

/** Raw 32-byte public key from a public or private KeyObject (via JWK `x`). */
export function rawPublicKey(key: KeyObject): Uint8Array {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  strictAssert(typeof jwk.x === 'string', 'an OKP public key exports an x coordinate');
  return fromB64url(jwk.x, PUBLIC_KEY_BYTES);
}

/** Generate fresh Ed25519 signing and X25519 encryption key pairs. */
export function generateIdentityKeys(): IdentityKeys {
  const signing = generateKeyPairSync('ed25519');
  const encryption = generateKeyPairSync('x25519');
  return {
    signing: { publicKey: rawPublicKey(signing.publicKey), privateKey: signing.privateKey },
    encryption: {
      publicKey: rawPublicKey(encryption.publicKey),
      privateKey: encryption.privateKey,
    },
  };
}

/**
 * Import a raw 32-byte public key. JWK is used because raw import needs Node
 * 24 while we also run on Node 20. Bad input gives CryptoError('MALFORMED').
 */
function importRawPublicKey(raw: Uint8Array, crv: OkpCurve): KeyObject {
  if (raw.byteLength !== PUBLIC_KEY_BYTES) {
    throw new CryptoError('MALFORMED', 'A public key has the wrong length.');
  }
  return asCryptoError('MALFORMED', 'A public key is not valid.', () =>
    createPublicKey({ key: { kty: 'OKP', crv, x: toB64url(raw) }, format: 'jwk' }),
  );
}

/** Import a raw Ed25519 public key for verifying signatures. */
export function importSigningPublicKey(raw: Uint8Array): KeyObject {
  return importRawPublicKey(raw, 'Ed25519');
}

/** Import a raw X25519 public key for encrypting to its owner. */
export function importEncryptionPublicKey(raw: Uint8Array): KeyObject {
  return importRawPublicKey(raw, 'X25519');
}

/** Export a private key as PKCS#8 DER bytes (for the passphrase-protected key file). */
export function exportPrivateKey(key: KeyObject): Buffer {
  strictAssert(key.type === 'private', 'only private keys are exported as PKCS#8');
  return key.export({ format: 'der', type: 'pkcs8' });
}

/**
 * Import a PKCS#8 DER private key and check it is of the expected kind, so a
 * swapped signing and encryption key cannot be loaded.
 */
export function importPrivateKey(der: Uint8Array, kind: 'ed25519' | 'x25519'): KeyObject {
  const key = asCryptoError('MALFORMED', 'A private key is not valid.', () =>
    createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' }),
  );
  if (key.asymmetricKeyType !== kind) {
    throw new CryptoError('MALFORMED', 'A private key is of the wrong kind.');
  }
  return key;
}

const KEY_ID_DOMAIN = utf8('juryrum/v1/key-id\0');
const FINGERPRINT_DOMAIN = utf8('juryrum/v1/fingerprint\0');

/**
 * Short identifier of a public key: the first 16 bytes of
 * SHA-256("juryrum/v1/key-id\0" || key), as 32 hex characters. A signer is
 * named by keyId(signing key); a recipient by keyId(encryption key).
 */
export function keyId(publicKeyRaw: Uint8Array): string {
  strictAssert(publicKeyRaw.byteLength === PUBLIC_KEY_BYTES, 'key ids are for 32-byte keys');
  return sha256(concatBytes(KEY_ID_DOMAIN, publicKeyRaw)).subarray(0, 16).toString('hex');
}

/** Number of five-digit groups in a fingerprint. */
export const FINGERPRINT_GROUPS = 6;

/**
 * A fingerprint to read aloud over the phone: 6 groups of 5 decimal digits
 * (about 99.6 bits), derived from SHA-256 over a domain prefix and both public
 * keys. Like Signal's safety numbers, each group is a 40-bit big-endian chunk
 * of the hash reduced modulo 100 000; since 2^40 is about 11 million times
 * 10^5, the modulo bias is below one part in ten million per group.
 */
export function fingerprint(signingPub: Uint8Array, encryptionPub: Uint8Array): string {
  strictAssert(
    signingPub.byteLength === PUBLIC_KEY_BYTES && encryptionPub.byteLength === PUBLIC_KEY_BYTES,
    'fingerprints are over two 32-byte keys',
  );
  const hash = sha256(concatBytes(FINGERPRINT_DOMAIN, signingPub, encryptionPub));
  const groups: string[] = [];
  for (let g = 0; g < FINGERPRINT_GROUPS; g++) {
    // 40 bits fit exactly in a double, so this arithmetic is exact.
    const chunk = hash.readUIntBE(g * 5, 5);
    groups.push(String(chunk % 100_000).padStart(5, '0'));
  }
  return groups.join(' ');
}
