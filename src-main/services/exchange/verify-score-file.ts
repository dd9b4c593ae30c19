import type { Identity } from '../crypto';
import {
  conflictsOf,
  jurorBySigningKey,
  rosterChair,
  SCORE_FILE_FORMAT,
  SCORE_FILE_MAX_BYTES,
  SCORE_FILE_PAYLOAD_TYPE,
  scoreContentIssues,
  ScoreFilePayloadSchema,
} from '../../../src-shared/exchange';
import type {
  ExchangeErrorCode,
  PackagePayload,
  ScoreFilePayload,
  ScoreFileRejection,
} from '../../../src-shared/exchange';
import type { ScoreFileMeta } from '../../../src-shared/scoring/merge';
import { strictAssert } from '../../../src-shared/assert';
import { isExchangeError } from './errors';
import { openExchange } from './open';
import type { OpenedExchange } from './open';
import { publicKeyBytes } from './people';

/** Options of {@link verifyScoreFileForChair}. */
export type ChairVerifyOptions = {
  chair: Identity;
  /** The chair's own opened package: it defines the round, phase, roster version and roster. */
  pkg: PackagePayload;
  maxBytes?: number | undefined;
};

/** The chair's verdict on one score file, before merging. */
export type ChairVerdict =
  | { ok: true; meta: ScoreFileMeta; payload: ScoreFilePayload; digest: string }
  | { ok: false; verdict: 'rejected'; reason: ScoreFileRejection; message: string };

function reject(reason: ScoreFileRejection, message: string): ChairVerdict {
  return { ok: false, verdict: 'rejected', reason, message };
}

/** The rejection row for an error from opening the file. */
function reasonFor(code: ExchangeErrorCode): ScoreFileRejection {
  switch (code) {
    case 'TOO_LARGE':
    case 'UNSUPPORTED_VERSION':
    case 'NOT_FOR_ME':
    case 'WRONG_ROUND':
    case 'WRONG_PHASE':
    case 'WRONG_ROSTER':
    case 'UNKNOWN_SIGNER':
    case 'TAMPERED':
      return code;
    // An invalid signature by a roster key, or bytes that are not exactly
    // what Juryrum writes: changed after signing.
    case 'BAD_SIGNATURE':
    case 'NOT_CANONICAL':
      return 'TAMPERED';
    default:
      // MALFORMED, UNSUPPORTED_FORMAT, WRONG_TYPE (not a score file at all).
      return 'MALFORMED';
  }
}

/**
 * Verify a score file for merging, as the chair. Never throws for bad input:
 * every problem is a rejection whose `reason` is one row of the merge-rules
 * table. Checks, in order (see `openExchange` for which checks rely on what):
 * size (TOO_LARGE), form and format (MALFORMED), version
 * (UNSUPPORTED_VERSION), recipient from the clear header (NOT_FOR_ME),
 * decryption (TAMPERED), then, with the header authenticated by decryption,
 * award/round (WRONG_ROUND), phase (WRONG_PHASE), roster version
 * (WRONG_ROSTER), signer among the roster's jurors (UNKNOWN_SIGNER),
 * signature (TAMPERED), payload schema (MALFORMED), signer is the juror named
 * inside (SIGNER_MISMATCH), scores fit the round and conflicts (MALFORMED).
 * Application ids are not checked against the chair's package, which leaves
 * out applications the chair is conflicted on.
 */
export function verifyScoreFileForChair(
  bytes: Uint8Array,
  options: ChairVerifyOptions,
): ChairVerdict {
  const { chair, pkg } = options;
  strictAssert(
    rosterChair(pkg.roster)?.encryptionKeyId === chair.encryptionKeyId,
    'the chair identity is the chair of the package roster',
  );
  const signers = new Map(
    pkg.roster.jurors.map((j) => [j.keyId, publicKeyBytes(j.signingPublicKey)] as const),
  );
  let result: OpenedExchange;
  try {
    result = openExchange(bytes, {
      format: SCORE_FILE_FORMAT,
      payloadType: SCORE_FILE_PAYLOAD_TYPE,
      maxBytes: options.maxBytes ?? SCORE_FILE_MAX_BYTES,
      me: chair,
      signers: () => signers,
      expected: {
        award: pkg.award,
        roundId: pkg.roundId,
        phaseId: pkg.phaseId,
        rosterVersion: pkg.rosterVersion,
      },
    });
  } catch (e) {
    if (isExchangeError(e)) return reject(reasonFor(e.code), e.message);
    throw e;
  }
  const { opened } = result;
  const parsed = ScoreFilePayloadSchema.safeParse(opened.payload);
  if (!parsed.success)
    return reject('MALFORMED', 'The score file does not have the expected content.');
  const payload = parsed.data;
  const signer = jurorBySigningKey(pkg.roster, opened.signerKeyId);
  if (signer === undefined || signer.jurorId !== payload.jurorId) {
    return reject('SIGNER_MISMATCH', 'The file is signed by another juror than the one it names.');
  }
  const issues = scoreContentIssues(payload, {
    criteria: pkg.round.criteria,
    rosterConflicts: conflictsOf(pkg.roster, payload.jurorId),
  });
  if (issues.length > 0) return reject('MALFORMED', 'Some scores do not fit the round.');
  return {
    ok: true,
    meta: {
      fileId: opened.digest,
      jurorId: payload.jurorId,
      revision: payload.revision,
      previousDigest: payload.previousDigest,
      final: payload.status === 'final',
    },
    payload,
    digest: opened.digest,
  };
}
