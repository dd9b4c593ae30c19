/**
 * Names, versions and limits of the three signed and encrypted exchange files
 * (jury package, score file, result). Documented in docs/formats.md.
 */

/** Every exchange format is at version 1. */
export const EXCHANGE_VERSION = 1;

export const PACKAGE_FORMAT = 'juryrum.package';
export const SCORE_FILE_FORMAT = 'juryrum.score-file';
export const RESULT_FORMAT = 'juryrum.result';

/** DSSE payload types: a file signed as one kind never verifies as another. */
export const PACKAGE_PAYLOAD_TYPE = 'application/vnd.juryrum.package+json';
export const SCORE_FILE_PAYLOAD_TYPE = 'application/vnd.juryrum.score-file+json';
export const RESULT_PAYLOAD_TYPE = 'application/vnd.juryrum.result+json';

/**
 * Size caps, checked before anything is decoded. A package carries the full
 * application texts (tens of MB only for very large competitions); score files
 * and results are mostly numbers and comments.
 */
export const PACKAGE_MAX_BYTES = 64 * 1024 * 1024;
export const SCORE_FILE_MAX_BYTES = 16 * 1024 * 1024;
export const RESULT_MAX_BYTES = 16 * 1024 * 1024;

/** File name extension shared by all exchange files. */
export const EXCHANGE_FILE_EXTENSION = '.juryrum';

/** The kinds of exchange file, by format name. */
export const EXCHANGE_KINDS = {
  [PACKAGE_FORMAT]: 'package',
  [SCORE_FILE_FORMAT]: 'score-file',
  [RESULT_FORMAT]: 'result',
} as const;

/** One of the three kinds of exchange file. */
export type ExchangeKind = (typeof EXCHANGE_KINDS)[keyof typeof EXCHANGE_KINDS];
