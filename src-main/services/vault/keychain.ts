import { randomBytes } from 'node:crypto';
import { fromB64url, toB64url } from '../crypto/encoding';
import { VaultError } from './errors';

/**
 * The OS keychain as seen by the vault. The Electron shell implements it with
 * `safeStorage`; the Node core and the tests never need a real one.
 */
export interface KeychainBackend {
  /** False for obfuscation-only backends such as Linux `basic_text`. */
  isRealBackend(): boolean;
  encrypt(secret: Uint8Array): Uint8Array;
  decrypt(blob: Uint8Array): Uint8Array;
}

/** Length of the random second secret kept by the keychain. */
export const KEYCHAIN_SECRET_BYTES = 32;
/** safeStorage blobs are small; anything bigger is not ours. */
export const KEYCHAIN_BLOB_MAX_BYTES = 4096;

/**
 * Make a new keychain secret and its blob for the header. Returns null when no
 * real backend is available or it does not round-trip, so the vault is created
 * with the passphrase alone rather than becoming impossible to unlock.
 */
export function bindKeychain(
  backend: KeychainBackend | null,
): { secret: Buffer; blob: string } | null {
  if (backend === null || !backend.isRealBackend()) return null;
  const secret = randomBytes(KEYCHAIN_SECRET_BYTES);
  try {
    const blob = backend.encrypt(secret);
    if (blob.byteLength === 0 || blob.byteLength > KEYCHAIN_BLOB_MAX_BYTES) return null;
    if (!Buffer.from(backend.decrypt(blob)).equals(secret)) return null;
    return { secret, blob: toB64url(blob) };
  } catch {
    return null;
  }
}

/**
 * The keychain secret a vault header asks for, or null if it asks for none.
 * A missing or refusing keychain gives NOT_FOUND: no passphrase guess was
 * made, so it does not count as a failed attempt.
 */
export function keychainSecretFor(
  keychain: { blob: string } | null,
  backend: KeychainBackend | null,
): Buffer | null {
  if (keychain === null) return null;
  const unavailable = new VaultError(
    'NOT_FOUND',
    'This vault also needs the system keychain of the computer it was created on, and it is not available.',
  );
  if (backend === null) throw unavailable;
  let secret: Uint8Array;
  try {
    secret = backend.decrypt(fromB64url(keychain.blob));
  } catch {
    throw unavailable;
  }
  if (secret.byteLength !== KEYCHAIN_SECRET_BYTES) throw unavailable;
  return Buffer.from(secret);
}
