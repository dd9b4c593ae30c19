/**
 * Stable codes for everything that can go wrong when making or reading an
 * exchange file. The renderer translates them; messages are for logs only.
 */

/**
 * Error codes of the exchange services. The first group repeats the crypto
 * core's codes (a file that cannot be read); the rest are about the round.
 */
export type ExchangeErrorCode =
  // Reading a file (same meaning as in the crypto core).
  | 'MALFORMED'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'UNSUPPORTED_VERSION'
  | 'WRONG_TYPE'
  | 'TAMPERED'
  | 'BAD_SIGNATURE'
  | 'NOT_FOR_ME'
  | 'NOT_CANONICAL'
  // Who signed it, and what it belongs to.
  | 'UNKNOWN_SIGNER'
  | 'WRONG_ROUND'
  | 'WRONG_PHASE'
  | 'WRONG_ROSTER'
  | 'ORGANISER_KEY_CHANGED'
  | 'ROSTER_OUTDATED'
  // Building a roster or a file.
  | 'DUPLICATE_KEY'
  | 'KEY_CHANGED'
  | 'UNKNOWN_JUROR'
  | 'NO_CHAIR'
  | 'INVALID_INPUT';

/**
 * Why the chair rejects a score file: one code per "rejected" row of the
 * merge-rules table (docs/formats.md, "Score file").
 */
export const SCORE_FILE_REJECTIONS = [
  'WRONG_ROUND',
  'WRONG_PHASE',
  'WRONG_ROSTER',
  'UNKNOWN_SIGNER',
  'SIGNER_MISMATCH',
  'NOT_FOR_ME',
  'TAMPERED',
  'MALFORMED',
  'TOO_LARGE',
  'UNSUPPORTED_VERSION',
] as const;

/** A reason code for a rejected score file. */
export type ScoreFileRejection = (typeof SCORE_FILE_REJECTIONS)[number];
