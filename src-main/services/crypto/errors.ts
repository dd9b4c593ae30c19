/**
 * Every failure that untrusted input can cause in the crypto core surfaces as
 * a CryptoError with a stable code. The UI translates the code; the message is
 * plain English for logs and never contains key material or file contents.
 */
export type CryptoErrorCode =
  | 'MALFORMED'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'UNSUPPORTED_VERSION'
  | 'WRONG_TYPE'
  | 'TAMPERED'
  | 'BAD_SIGNATURE'
  | 'NOT_FOR_ME'
  | 'WRONG_PASSPHRASE'
  | 'NOT_CANONICAL';

/** A typed, user-explainable failure to read, verify or decrypt data. */
export class CryptoError extends Error {
  override name = 'CryptoError';
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** True when `e` is a CryptoError, optionally with the given code. */
export function isCryptoError(e: unknown, code?: CryptoErrorCode): e is CryptoError {
  return e instanceof CryptoError && (code === undefined || e.code === code);
}

/**
 * Run `fn`, turning any non-CryptoError into a CryptoError with `code`.
 * Used around Node crypto calls whose exceptions (OpenSSL errors, RangeErrors)
 * must never reach callers as untyped errors. The original message is dropped
 * on purpose: OpenSSL messages can be confusing and are not user-facing.
 */
export function asCryptoError<T>(code: CryptoErrorCode, message: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CryptoError) throw e;
    throw new CryptoError(code, message);
  }
}
