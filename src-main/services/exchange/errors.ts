import { isCryptoError } from '../crypto';
import type { CryptoErrorCode } from '../crypto';
import type { ExchangeErrorCode } from '../../../src-shared/exchange';

/**
 * A typed, user-explainable failure of the exchange services. `details` lists
 * specific problems (e.g. which score is out of range) for logs and dialogs;
 * like the message, it never contains key material.
 */
export class ExchangeError extends Error {
  override name = 'ExchangeError';
  readonly code: ExchangeErrorCode;
  readonly details: readonly string[];

  constructor(code: ExchangeErrorCode, message: string, details: readonly string[] = []) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** True when `e` is an ExchangeError, optionally with the given code. */
export function isExchangeError(e: unknown, code?: ExchangeErrorCode): e is ExchangeError {
  return e instanceof ExchangeError && (code === undefined || e.code === code);
}

/** The exchange code for a crypto code. Key files never pass through here. */
export function fromCryptoCode(code: CryptoErrorCode): ExchangeErrorCode {
  return code === 'WRONG_PASSPHRASE' ? 'MALFORMED' : code;
}

/**
 * Run `fn`, turning a CryptoError into an ExchangeError with the same code, so
 * callers of this module handle one error type. Anything else is a bug and
 * propagates unchanged.
 */
export function withExchangeErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isCryptoError(e)) throw new ExchangeError(fromCryptoCode(e.code), e.message);
    throw e;
  }
}
