import { inspectContainer } from '../crypto';
import type { ContainerHeader } from '../crypto';
import {
  EXCHANGE_KINDS,
  EXCHANGE_VERSION,
  PACKAGE_FORMAT,
  PACKAGE_MAX_BYTES,
  RESULT_FORMAT,
  RESULT_MAX_BYTES,
  SCORE_FILE_FORMAT,
  SCORE_FILE_MAX_BYTES,
} from '../../../src-shared/exchange';
import type { ExchangeKind } from '../../../src-shared/exchange';
import { ExchangeError, withExchangeErrors } from './errors';

const CAPS: ReadonlyMap<string, number> = new Map([
  [PACKAGE_FORMAT, PACKAGE_MAX_BYTES],
  [SCORE_FILE_FORMAT, SCORE_FILE_MAX_BYTES],
  [RESULT_FORMAT, RESULT_MAX_BYTES],
]);

/** What a dropped file says it is. Nothing here is authenticated. */
export type ExchangePeek = { kind: ExchangeKind; format: string; header: ContainerHeader };

/**
 * Tell which exchange file `bytes` claims to be, without keys, e.g. to route a
 * dropped file or to find the organiser pin for its round before openPackage.
 * Errors: TOO_LARGE, MALFORMED, UNSUPPORTED_FORMAT, UNSUPPORTED_VERSION,
 * NOT_CANONICAL, WRONG_TYPE (a Juryrum file that is not an exchange file).
 */
export function peekExchangeFile(bytes: Uint8Array): ExchangePeek {
  const info = withExchangeErrors(() =>
    inspectContainer(bytes, PACKAGE_MAX_BYTES, [EXCHANGE_VERSION]),
  );
  const cap = CAPS.get(info.format);
  const kind =
    info.format === PACKAGE_FORMAT ||
    info.format === SCORE_FILE_FORMAT ||
    info.format === RESULT_FORMAT
      ? EXCHANGE_KINDS[info.format]
      : undefined;
  if (cap === undefined || kind === undefined) {
    throw new ExchangeError(
      'WRONG_TYPE',
      'This Juryrum file is not a package, score file or result.',
    );
  }
  if (bytes.byteLength > cap)
    throw new ExchangeError('TOO_LARGE', 'The file is larger than allowed.');
  return { kind, format: info.format, header: info.header };
}
