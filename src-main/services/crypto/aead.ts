import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { strictAssert } from '../../../src-shared/assert';
import { canonicalBytes } from './canonical';
import { CryptoError } from './errors';

/** AES-256-GCM key length in bytes. */
export const KEY_BYTES = 32;
/** GCM nonce length: 96 bits, the size GCM is designed for. */
export const NONCE_BYTES = 12;
/** GCM tag length: the full 128 bits, never truncated. */
export const TAG_BYTES = 16;

/** A fresh random 256-bit key, e.g. the vault's data key. */
export function randomKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** AES-256-GCM encrypt with an explicit nonce; returns ciphertext || tag. */
export function gcmEncrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Buffer {
  strictAssert(key.byteLength === KEY_BYTES, 'AES-256-GCM needs a 32-byte key');
  strictAssert(nonce.byteLength === NONCE_BYTES, 'AES-256-GCM needs a 12-byte nonce');
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/**
 * AES-256-GCM decrypt of ciphertext || tag. Any failure (wrong key, wrong
 * AAD, edited byte) becomes CryptoError('TAMPERED'): GCM cannot tell which.
 */
export function gcmDecrypt(
  key: Uint8Array,
  nonce: Uint8Array,
  sealed: Uint8Array,
  aad: Uint8Array,
): Buffer {
  strictAssert(key.byteLength === KEY_BYTES, 'AES-256-GCM needs a 32-byte key');
  if (nonce.byteLength !== NONCE_BYTES || sealed.byteLength < TAG_BYTES) {
    throw new CryptoError('MALFORMED', 'The encrypted data is too short.');
  }
  const body = sealed.subarray(0, sealed.byteLength - TAG_BYTES);
  const tag = sealed.subarray(sealed.byteLength - TAG_BYTES);
  try {
    // authTagLength is passed explicitly: Node 24 deprecates inferring it.
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new CryptoError('TAMPERED', 'The encrypted data was changed or the key is wrong.');
  }
}

/**
 * Seal `plaintext` under `key` with a fresh random 96-bit nonce. Output layout:
 * nonce (12) | ciphertext | tag (16). Random nonces are safe here because each
 * key seals far fewer than 2^32 messages (a vault writes thousands, not
 * billions, of records).
 */
export function seal(key: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  return Buffer.concat([nonce, gcmEncrypt(key, nonce, plaintext, aad)]);
}

/** Open bytes made by {@link seal}; CryptoError('TAMPERED') on any mismatch. */
export function open(key: Uint8Array, sealed: Uint8Array, aad: Uint8Array): Uint8Array {
  if (sealed.byteLength < NONCE_BYTES + TAG_BYTES) {
    throw new CryptoError('MALFORMED', 'The sealed record is too short.');
  }
  return gcmDecrypt(key, sealed.subarray(0, NONCE_BYTES), sealed.subarray(NONCE_BYTES), aad);
}

/** What a sealed vault record is bound to. */
export type RecordBinding = { id: string; type: string; schemaVersion: number };

/**
 * Additional authenticated data for a sealed vault record. Binding id, type and
 * schema version means a sealed blob cannot be swapped into another record,
 * replayed as another type, or read with the wrong schema.
 */
export function recordAad(binding: RecordBinding): Uint8Array {
  strictAssert(binding.id.length > 0 && binding.type.length > 0, 'record id and type are needed');
  strictAssert(Number.isSafeInteger(binding.schemaVersion), 'schema version is an integer');
  return canonicalBytes({
    domain: 'juryrum/v1/record',
    id: binding.id,
    schemaVersion: binding.schemaVersion,
    type: binding.type,
  });
}
