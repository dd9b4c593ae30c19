import { isCryptoError } from '../crypto/errors';

/** Every code a vault operation can fail with; each exists in the IPC ERROR_CODES. */
export const VAULT_ERROR_CODES = [
  'MALFORMED',
  'TAMPERED',
  'WRONG_PASSPHRASE',
  'RATE_LIMITED',
  'LOCKED',
  'CONFLICT',
  'BAD_REQUEST',
  'NOT_FOUND',
] as const;

/** Stable code of a {@link VaultError}; the IPC layer passes it on unchanged. */
export type VaultErrorCode = (typeof VAULT_ERROR_CODES)[number];

/**
 * A typed, user-explainable vault failure. The message is plain English for
 * logs and never contains key material, passphrases or record contents.
 */
export class VaultError extends Error {
  override name = 'VaultError';
  readonly code: VaultErrorCode;
  /** For WRONG_PASSPHRASE and RATE_LIMITED: how long until the next try is allowed. */
  readonly retryAfterMs?: number;

  constructor(code: VaultErrorCode, message: string, retryAfterMs?: number) {
    super(message);
    this.code = code;
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

/** True when `e` is a VaultError, optionally with the given code. */
export function isVaultError(e: unknown, code?: VaultErrorCode): e is VaultError {
  return e instanceof VaultError && (code === undefined || e.code === code);
}

/**
 * Translate a CryptoError from reading untrusted bytes into a VaultError.
 * WRONG_PASSPHRASE and TAMPERED keep their meaning; every other crypto code
 * (size, format, version, canonical form…) means "damaged or not the expected
 * file" to the user, which is MALFORMED. Anything else is a bug and rethrown.
 */
export function vaultErrorFrom(e: unknown, what: string): VaultError {
  if (e instanceof VaultError) return e;
  if (isCryptoError(e, 'WRONG_PASSPHRASE')) {
    return new VaultError('WRONG_PASSPHRASE', 'The passphrase is not correct.');
  }
  if (isCryptoError(e, 'TAMPERED')) {
    return new VaultError('TAMPERED', `${what} was changed after it was written.`);
  }
  if (isCryptoError(e, 'TOO_LARGE')) {
    return new VaultError('MALFORMED', `${what} is larger than it can be.`);
  }
  if (isCryptoError(e, 'UNSUPPORTED_FORMAT') || isCryptoError(e, 'WRONG_TYPE')) {
    return new VaultError('MALFORMED', `${what} is not the expected kind of Juryrum file.`);
  }
  if (isCryptoError(e, 'UNSUPPORTED_VERSION')) {
    return new VaultError('MALFORMED', `${what} was written by an unknown version of Juryrum.`);
  }
  if (isCryptoError(e)) return new VaultError('MALFORMED', `${what} is damaged.`);
  throw e;
}

/** Run `fn`, turning crypto failures into VaultErrors (see {@link vaultErrorFrom}). */
export function asVaultError<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw vaultErrorFrom(e, what);
  }
}
